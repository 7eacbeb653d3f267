import type { NotificationKind } from '$lib/server/core/notifications';

/** A coordinator suggested an opportunity: listed in Mein Bereich, mailed as the person chose. */
export const brokeringNotifications: NotificationKind[] = [
	{
		name: 'engagement_suggestion',
		transactional: false,
		subject: 'mail.engagement_suggestion.subject',
		body: 'mail.engagement_suggestion.body',
		title: 'notifications.title.engagement_suggestion',
		label: 'notifications.kind.engagement_suggestion'
	}
];
