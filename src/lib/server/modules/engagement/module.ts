import { defineModule } from '$lib/server/core/modules';
import { rule, who } from '$lib/server/core/permissions';

/** The Freiwilligenbörse: Engagementangebote, applications, volunteer profiles and brokering. */
export const engagement = defineModule({
	name: 'engagement',
	permissions: {
		/** Post and look after an organisation's opportunities: its owners and editors, or the office on its behalf. */
		'opportunity.manage': rule('owned', (actor, target) => who.actsFor(actor, target.organisationId)),
		/** Approve or return opportunities in review, and change the Freiwilligenbörse's settings. */
		'opportunity.review': rule('tenant', who.staff),
		/** Bring in opportunities from another system (CSV), on behalf of the organisations they name. */
		'opportunity.import': rule('tenant', who.staff),
		/** Download every opportunity with its contact person (CSV, JSON). */
		'opportunity.export': rule('tenant', who.staff)
	},
	areas: {
		'/engagement': { kind: 'public' },
		// The widget other websites frame: public, but not a page of its own for search engines.
		'/einbetten': { kind: 'public', unlisted: true }
	},
	navigation: [
		{ area: 'coordination', path: '/koordination/angebote/import', label: 'reach.import.title', order: 40, permission: 'opportunity.import' },
		{ area: 'admin', path: '/admin/gemeinde/einbetten', label: 'reach.hosts.title', teaser: 'reach.hosts.teaser', permission: 'tenant.edit' }
	],
	exports: [
		{
			name: 'engagement.opportunities',
			openData: false,
			files: [
				{ path: '/koordination/angebote/export?format=csv', format: 'csv', label: 'reach.export.csv' },
				{ path: '/koordination/angebote/export?format=json', format: 'json', label: 'reach.export.json' }
			]
		}
	]
});
