import { defineModule } from '$lib/server/core/modules';
import { rule, who } from '$lib/server/core/permissions';
import { searchApi } from './search/api';
import { savedSearchNotifications } from './search/saved/notifications';
import { savedSearchPersonalData } from './search/saved/personal-data';
import { sendSavedSearches } from './search/saved/send-saved-searches';
import { currentOpportunities } from './search/current-opportunities';

/** The Freiwilligenbörse: Engagementangebote, applications, volunteer profiles and brokering. */
export const engagement = defineModule({
	name: 'engagement',
	permissions: {
		/** Post and look after an organisation's opportunities: its owners and editors, or the office on its behalf. */
		'opportunity.manage': rule('owned', (actor, target) => who.actsFor(actor, target.organisationId)),
		/** Approve or return opportunities in review, and change the Freiwilligenbörse's settings. */
		'opportunity.review': rule('tenant', who.staff)
	},
	areas: {
		// The search and the opportunities' pages: published ones only, decided in the use cases.
		'/engagement': { kind: 'public' },
		// A saved search's confirm and stop links: for the person who got the mail, not for search engines.
		'/engagement/suchauftrag': { kind: 'public', unlisted: true }
	},
	navigation: [
		{ area: 'public', path: '/engagement', label: 'nav.engagement', order: 40 },
		// Before the directory's card: its search box leads the home page.
		{
			area: 'home',
			path: '/engagement',
			label: 'esearch.title',
			teaser: 'esearch.home_teaser',
			search: 'esearch.home_search',
			searchHint: 'esearch.q_hint',
			order: 5,
			// Spontaneous and one-off ones first: the lowest threshold to start.
			items: async (ctx) =>
				(await currentOpportunities(ctx, 4)).map((item) =>
					item.town
						? { text: item.title, note: `${item.organisation.name} · ${item.town.name}`, path: `/t/${item.town.slug}/engagement/${item.id}`, absolute: true }
						: { text: item.title, note: item.organisation.name, path: `/engagement/${item.id}` }
				)
		},
		{ area: 'resident', path: '/mein-bereich/suchauftraege', label: 'savedsearch.title', teaser: 'savedsearch.teaser', order: 30 }
	],
	api: searchApi,
	notifications: savedSearchNotifications,
	personalData: [savedSearchPersonalData],
	periodicTasks: [{ name: 'engagement.saved-searches', schedule: { every: 'day', at: '07:30' }, run: (db) => sendSavedSearches(db).then(() => undefined) }]
});
