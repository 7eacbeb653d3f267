import type { NotificationKind } from '../notifications';

// Account mails: always sent, without an unsubscribe link; their links open the account.
export const accountNotificationKinds: NotificationKind[] = [
	{ name: 'verify_email', transactional: true, subject: 'mail.verify_email.subject', body: 'mail.verify_email.body' },
	{ name: 'reset_password', transactional: true, subject: 'mail.reset_password.subject', body: 'mail.reset_password.body' },
	{ name: 'change_email', transactional: true, subject: 'mail.change_email.subject', body: 'mail.change_email.body' },
	{ name: 'email_changed', transactional: true, subject: 'mail.email_changed.subject', body: 'mail.email_changed.body' },
	{ name: 'email_in_use', transactional: true, subject: 'mail.email_in_use.subject', body: 'mail.email_in_use.body' },
	{ name: 'password_changed', transactional: true, subject: 'mail.password_changed.subject', body: 'mail.password_changed.body' }
];
