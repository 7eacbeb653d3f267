import type { NotificationKind } from '$lib/server/core/notifications';

export const directoryNotifications: NotificationKind[] = [
	{
		name: 'organisation_stale',
		transactional: false,
		subject: 'mail.organisation_stale.subject',
		body: 'mail.organisation_stale.body',
		title: 'notifications.title.organisation_stale',
		label: 'notifications.kind.organisation_stale'
	}
];
