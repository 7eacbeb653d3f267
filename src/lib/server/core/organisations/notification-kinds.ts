import type { NotificationKind } from '../notifications';

// Asked for by a person who knows the invitee, carrying a one-time link: always sent.
export const organisationNotificationKinds: NotificationKind[] = [
	{ name: 'organisation_invitation', transactional: true, subject: 'mail.organisation_invitation.subject', body: 'mail.organisation_invitation.body' }
];
