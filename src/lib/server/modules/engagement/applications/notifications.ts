import type { NotificationKind } from '$lib/server/core/notifications';

/** The mails of applications; all but the guest's confirmation can be set in Mein Bereich and unsubscribed. */
export const applicationNotifications: NotificationKind[] = [
	{ name: 'application_confirm', transactional: true, subject: 'mail.application_confirm.subject', body: 'mail.application_confirm.body' },
	{
		name: 'application_received',
		transactional: false,
		subject: 'mail.application_received.subject',
		body: 'mail.application_received.body',
		title: 'notifications.title.application_received',
		label: 'notifications.kind.application_received'
	},
	{
		name: 'application_reminder',
		transactional: false,
		subject: 'mail.application_reminder.subject',
		body: 'mail.application_reminder.body',
		title: 'notifications.title.application_reminder',
		label: 'notifications.kind.application_reminder'
	},
	{
		name: 'application_withdrawn',
		transactional: false,
		subject: 'mail.application_withdrawn.subject',
		body: 'mail.application_withdrawn.body',
		title: 'notifications.title.application_withdrawn',
		label: 'notifications.kind.application_withdrawn'
	},
	{
		name: 'application_reply',
		transactional: false,
		subject: 'mail.application_reply.subject',
		body: 'mail.application_reply.body',
		title: 'notifications.title.application_reply',
		label: 'notifications.kind.application_reply'
	},
	{
		name: 'application_filled',
		transactional: false,
		subject: 'mail.application_filled.subject',
		body: 'mail.application_filled.body',
		title: 'notifications.title.application_filled',
		label: 'notifications.kind.application_filled'
	}
];
