import { defineModule } from '$lib/server/core/modules';
import { rule, who } from '$lib/server/core/permissions';
import { engagementAuditSubjects } from './audit-subjects';
import { engagementNotifications } from './notifications';
import { opportunityModeration } from './opportunities/moderation';
import { runOpportunityExpiry } from './opportunities/expiry';
import { engagementSitemap } from './opportunities/queries';
import { moveEngagementOnMerge } from './merge';

/** The Freiwilligenbörse: Engagementangebote, applications, volunteer profiles and brokering. */
export const engagement = defineModule({
	name: 'engagement',
	permissions: {
		/** Post and look after an organisation's opportunities: its owners and editors, or the office on its behalf. */
		'opportunity.manage': rule('owned', (actor, target) => who.actsFor(actor, target.organisationId)),
		/** Approve or return opportunities in review; the office publishes without waiting for itself. */
		'opportunity.review': rule('tenant', who.staff)
	},
	areas: {
		// An opportunity's page decides itself: published ones for everyone, others for their organisation and the office.
		'/engagement': { kind: 'public' },
		// Owners and editors of the organisation, or staff: the use cases check the organisation.
		'/netzwerk/organisationen/[id=uuid]/angebote': { kind: 'signed-in' },
		'/admin/freiwilligenboerse': { kind: 'permission', action: 'tenant.edit' }
	},
	navigation: [{ area: 'admin', path: '/admin/freiwilligenboerse', label: 'engagement.settings.title', teaser: 'engagement.settings.teaser', permission: 'tenant.edit' }],
	periodicTasks: [{ name: 'engagement.opportunity-expiry', schedule: { every: 'day', at: '09:15' }, run: (db) => runOpportunityExpiry(db).then(() => undefined) }],
	notifications: engagementNotifications,
	moderation: { opportunity: opportunityModeration },
	auditSubjects: engagementAuditSubjects,
	sitemap: engagementSitemap,
	organisationMerge: moveEngagementOnMerge
});
