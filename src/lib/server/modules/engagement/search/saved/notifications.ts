import type { NotificationKind } from '$lib/server/core/notifications';

/** The mails of saved searches: new matches (a person may choose how, or stop them), and a guest's confirmation. */
export const savedSearchNotifications: NotificationKind[] = [
	{
		name: 'engagement_saved_search',
		transactional: false,
		subject: 'mail.engagement_saved_search.subject',
		body: 'mail.engagement_saved_search.body',
		title: 'notifications.title.engagement_saved_search',
		label: 'notifications.kind.engagement_saved_search'
	},
	{ name: 'engagement_saved_search_confirm', transactional: true, subject: 'mail.engagement_saved_search_confirm.subject', body: 'mail.engagement_saved_search_confirm.body' }
];
