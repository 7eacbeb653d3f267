import { defineModule } from '$lib/server/core/modules';
import { rule, who } from '$lib/server/core/permissions';

/** The Freiwilligenbörse: Engagementangebote, applications, volunteer profiles and brokering. */
export const engagement = defineModule({
	name: 'engagement',
	permissions: {
		/** Post and look after an organisation's opportunities: its owners and editors, or the office on its behalf. */
		'opportunity.manage': rule('owned', (actor, target) => who.actsFor(actor, target.organisationId)),
		/** Approve or return opportunities in review, and change the Freiwilligenbörse's settings. */
		'opportunity.review': rule('tenant', who.staff)
	}
});
