import { registerNotificationKinds } from '../notifications';

// Asked for by a person who knows the invitee, carrying a one-time link: always sent.
registerNotificationKinds([
	{ name: 'organisation_invitation', transactional: true, subject: 'mail.organisation_invitation.subject', body: 'mail.organisation_invitation.body' }
]);
