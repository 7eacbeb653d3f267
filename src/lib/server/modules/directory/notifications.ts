import { registerNotificationKinds } from '$lib/server/core/notifications';

registerNotificationKinds([
	// Asked for by a person who knows the invitee, carrying a one-time link: always sent.
	{ name: 'organisation_invitation', transactional: true, subject: 'mail.organisation_invitation.subject', body: 'mail.organisation_invitation.body' },
	{
		name: 'organisation_stale',
		transactional: false,
		subject: 'mail.organisation_stale.subject',
		body: 'mail.organisation_stale.body',
		title: 'notifications.title.organisation_stale',
		label: 'notifications.kind.organisation_stale'
	}
]);
