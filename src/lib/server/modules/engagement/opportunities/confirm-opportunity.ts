import { useCase } from '$lib/server/core/use-case';
import { ZOpportunityRef } from '../contracts';
import { settingsOf } from '../settings';
import { mayManageOpportunity } from './access';
import { changeStatus, confirmation } from './transition';

/**
 * "Das Angebot ist aktuell": moves the expiry by the town's period. An opportunity that expired
 * because nobody confirmed it in time comes back as published.
 */
export const confirmOpportunity = useCase({
	input: ZOpportunityRef,
	allowed: mayManageOpportunity,
	run: async (ctx, { opportunityId }) => {
		const { expiryMonths } = await settingsOf(ctx.db, ctx.tenant.id);
		return changeStatus(ctx, opportunityId, {
			from: ['published', 'paused', 'expired'],
			action: 'opportunity.confirmed',
			columns: (found) => ({ status: found.status === 'expired' ? 'published' : found.status, ...confirmation(expiryMonths) })
		});
	}
});
