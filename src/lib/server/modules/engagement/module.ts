import { defineModule } from '$lib/server/core/modules';
import { rule, who } from '$lib/server/core/permissions';
import { DIRECTORY_TOPIC } from '$lib/server/modules/directory';
import { ENGAGEMENT_TOPIC } from './topic';
import { engagementAuditSubjects } from './audit-subjects';
import { engagementNotifications } from './notifications';
import { opportunityModeration } from './opportunities/moderation';
import { runOpportunityExpiry } from './opportunities/expiry';
import { engagementSitemap } from './opportunities/queries';
import { searchApi } from './search/api';
import { savedSearchNotifications } from './search/saved/notifications';
import { savedSearchPersonalData } from './search/saved/personal-data';
import { sendSavedSearches } from './search/saved/send-saved-searches';
import { currentOpportunities } from './search/current-opportunities';
import { applicationNotifications } from './applications/notifications';
import { applicationPersonalData, applicationRetention } from './applications/personal-data';
import { countWaitingApplications, sendApplicationReminders } from './applications/reminders';
import { tellAllFilledApplicants } from './applications/opportunity-filled';
import { hasProfile } from './matching/queries';
import { volunteerProfilePersonalData } from './matching/personal-data';
import { brokeringAuditSubjects } from './brokering/audit-subjects';
import { brokeringNotifications } from './brokering/notifications';
import { countAdviceWaiting } from './brokering/queries';
import { brokeringPersonalData } from './brokering/personal-data';
import { engagementStatistics } from './statistics/statistics';
import { moveEngagementOnMerge } from './merge';

/** The Freiwilligenbörse: Engagementangebote, applications, volunteer profiles and brokering. */
export const engagement = defineModule({
	name: 'engagement',
	permissions: {
		/** Post and look after an organisation's opportunities: its owners and editors, or the office on its behalf. */
		'opportunity.manage': rule('owned', (actor, target) => who.actsFor(actor, target.organisationId)),
		/** Approve or return opportunities in review, and change the Freiwilligenbörse's settings. */
		'opportunity.review': rule('tenant', who.staff),
		/** Read and answer the applications to an organisation's opportunities, keep notes and reply templates. */
		'application.manage': rule('owned', (actor, target) => who.actsFor(actor, target.organisationId)),
		/** The office's list of applications nobody answered for 14 days. */
		'application.coordinate': rule('tenant', who.staff),
		/** A volunteer profile is its owner's alone; coordinators read those who asked for advice elsewhere. */
		'volunteer_profile.read': rule('account', (actor, target) => target.accountId === actor.accountId),
		'volunteer_profile.edit': rule('account', (actor, target) => target.accountId === actor.accountId),
		/** Bring in opportunities from another system (CSV), on behalf of the organisations they name. */
		'opportunity.import': rule('tenant', who.staff),
		/** Download every opportunity with its contact person (CSV, JSON). */
		'opportunity.export': rule('tenant', who.staff)
	},
	areas: {
		// An opportunity's page decides itself: published ones for everyone, others for their organisation and the office.
		// The search too: published ones only, decided in the use cases.
		'/engagement': { kind: 'public' },
		// A saved search's confirm and stop links: for the person who got the mail, not for search engines.
		'/engagement/suchauftrag': { kind: 'public', unlisted: true },
		// Applying is open to guests; the forms and the guest's link are not for search engines.
		'/engagement/[id=uuid]/interesse': { kind: 'public', unlisted: true },
		'/engagement/bewerbung-bestaetigen': { kind: 'public', unlisted: true },
		// "Passt zu mir" reads the signed-in person's own profile.
		'/engagement/passt-zu-mir': { kind: 'permission', action: 'area.resident' },
		// Owners and editors of the organisation, or staff: the use cases check the organisation.
		'/netzwerk/organisationen/[id=uuid]/angebote': { kind: 'signed-in' },
		'/netzwerk/organisationen/[id=uuid]/bewerbungen': { kind: 'signed-in' },
		'/netzwerk/organisationen/[id=uuid]/antwortvorlagen': { kind: 'signed-in' },
		'/admin/freiwilligenboerse': { kind: 'permission', action: 'tenant.edit' },
		// The widget other websites frame: public, but not a page of its own for search engines.
		'/einbetten': { kind: 'public', unlisted: true }
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
			// Opportunities with their organisations' names.
			itemTopics: [ENGAGEMENT_TOPIC, DIRECTORY_TOPIC],
			// Spontaneous and one-off ones first: the lowest threshold to start.
			items: async (ctx) =>
				(await currentOpportunities(ctx, 4)).map((item) =>
					item.town
						? { text: item.title, note: `${item.organisation.name} · ${item.town.name}`, path: `/t/${item.town.slug}/engagement/${item.id}`, absolute: true }
						: { text: item.title, note: item.organisation.name, path: `/engagement/${item.id}` }
				)
		},
		{
			area: 'home',
			path: '/engagement/passt-zu-mir',
			label: 'matching.title',
			teaser: 'matching.home_teaser',
			order: 6,
			visible: (ctx) => (ctx.actor.accountId ? hasProfile(ctx.db, ctx.tenant.id, ctx.actor.accountId) : Promise.resolve(false))
		},
		{ area: 'resident', path: '/mein-bereich/engagement-profil', label: 'matching.profile.title', teaser: 'matching.profile.teaser', order: 15 },
		{ area: 'resident', path: '/mein-bereich/bewerbungen', label: 'engagement.apply.mine_title', teaser: 'engagement.apply.mine_teaser', order: 7 },
		{ area: 'resident', path: '/mein-bereich/suchauftraege', label: 'savedsearch.title', teaser: 'savedsearch.teaser', order: 30 },
		{ area: 'coordination', path: '/koordination/wartet-auf-antwort', label: 'engagement.apply.waiting_title', order: 25, permission: 'application.coordinate', count: countWaitingApplications },
		// Brokering (Freiwilligenagentur) and its figures; the coordination area's own permission guards them.
		{ area: 'coordination', path: '/koordination/beratung', label: 'coord.engagement_advice', order: 40, count: (ctx) => countAdviceWaiting(ctx.db, ctx.tenant.id) },
		{ area: 'coordination', path: '/koordination/engagement-statistik', label: 'coord.engagement_figures', order: 81 },
		{ area: 'coordination', path: '/koordination/blinde-flecken', label: 'coord.engagement_blind_spots', order: 82 },
		{ area: 'resident', path: '/mein-bereich/vorschlaege', label: 'engagement.broker.my_title', teaser: 'engagement.broker.my_teaser', order: 30 },
		{ area: 'coordination', path: '/koordination/angebote/import', label: 'reach.import.title', order: 40, permission: 'opportunity.import' },
		{ area: 'admin', path: '/admin/gemeinde/einbetten', label: 'reach.hosts.title', teaser: 'reach.hosts.teaser', permission: 'tenant.edit' },
		{ area: 'admin', path: '/admin/freiwilligenboerse', label: 'engagement.settings.title', teaser: 'engagement.settings.teaser', permission: 'tenant.edit' }
	],
	api: searchApi,
	periodicTasks: [
		{ name: 'engagement.opportunity-expiry', schedule: { every: 'day', at: '09:15' }, run: (db) => runOpportunityExpiry(db).then(() => undefined) },
		{ name: 'engagement.saved-searches', schedule: { every: 'day', at: '07:30' }, run: (db) => sendSavedSearches(db).then(() => undefined) },
		{ name: 'engagement.application-reminders', schedule: { every: 'day', at: '08:00' }, run: (db) => sendApplicationReminders(db).then(() => undefined) },
		{ name: 'engagement.filled-applicants', schedule: { every: 'day', at: '07:45' }, run: (db) => tellAllFilledApplicants(db).then(() => undefined) }
	],
	notifications: [...engagementNotifications, ...savedSearchNotifications, ...applicationNotifications, ...brokeringNotifications],
	personalData: [savedSearchPersonalData, applicationPersonalData, volunteerProfilePersonalData, brokeringPersonalData],
	statistics: engagementStatistics,
	retention: [applicationRetention],
	moderation: { opportunity: opportunityModeration },
	auditSubjects: { ...engagementAuditSubjects, ...brokeringAuditSubjects },
	sitemap: engagementSitemap,
	exports: [
		{
			name: 'engagement.opportunities',
			openData: false,
			files: [
				{ path: '/koordination/angebote/export?format=csv', format: 'csv', label: 'reach.export.csv' },
				{ path: '/koordination/angebote/export?format=json', format: 'json', label: 'reach.export.json' }
			]
		}
	],
	organisationMerge: moveEngagementOnMerge
});
