import type { NotificationKind } from '$lib/server/core/notifications';

export const engagementNotifications: NotificationKind[] = [
	{
		name: 'opportunity_expiring',
		transactional: false,
		subject: 'mail.opportunity_expiring.subject',
		body: 'mail.opportunity_expiring.body',
		title: 'notifications.title.opportunity_expiring',
		label: 'notifications.kind.opportunity_expiring'
	},
	{
		name: 'opportunity_expired',
		transactional: false,
		subject: 'mail.opportunity_expired.subject',
		body: 'mail.opportunity_expired.body',
		title: 'notifications.title.opportunity_expired',
		label: 'notifications.kind.opportunity_expired'
	}
];
