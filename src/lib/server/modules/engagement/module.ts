import { defineModule } from '$lib/server/core/modules';
import { rule, who } from '$lib/server/core/permissions';
import { brokeringAuditSubjects } from './brokering/audit-subjects';
import { brokeringNotifications } from './brokering/notifications';
import { countAdviceWaiting } from './brokering/queries';
import { brokeringPersonalData } from './brokering/personal-data';
import { engagementStatistics } from './statistics/statistics';

/** The Freiwilligenbörse: Engagementangebote, applications, volunteer profiles and brokering. */
export const engagement = defineModule({
	name: 'engagement',
	permissions: {
		/** Post and look after an organisation's opportunities: its owners and editors, or the office on its behalf. */
		'opportunity.manage': rule('owned', (actor, target) => who.actsFor(actor, target.organisationId)),
		/** Approve or return opportunities in review, and change the Freiwilligenbörse's settings. */
		'opportunity.review': rule('tenant', who.staff)
	},
	navigation: [
		// Brokering (Freiwilligenagentur) and its figures; the coordination area's own permission guards them.
		{ area: 'coordination', path: '/koordination/beratung', label: 'coord.engagement_advice', order: 40, count: (ctx) => countAdviceWaiting(ctx.db, ctx.tenant.id) },
		{ area: 'coordination', path: '/koordination/engagement-statistik', label: 'coord.engagement_figures', order: 81 },
		{ area: 'coordination', path: '/koordination/blinde-flecken', label: 'coord.engagement_blind_spots', order: 82 },
		{ area: 'resident', path: '/mein-bereich/vorschlaege', label: 'engagement.broker.my_title', teaser: 'engagement.broker.my_teaser', order: 30 }
	],
	notifications: [...brokeringNotifications],
	personalData: [brokeringPersonalData],
	statistics: engagementStatistics,
	auditSubjects: brokeringAuditSubjects
});
