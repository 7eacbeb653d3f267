import { useCase } from '$lib/server/core/use-case';
import { ZOpportunityRef } from '../contracts';
import { settingsOf } from '../settings';
import { mayManageOpportunity } from './access';
import { changeStatus, confirmation } from './transition';

/** Publishes a paused opportunity again; resuming confirms it is current, so its expiry starts anew. */
export const resumeOpportunity = useCase({
	input: ZOpportunityRef,
	allowed: mayManageOpportunity,
	run: async (ctx, { opportunityId }) => {
		const { expiryMonths } = await settingsOf(ctx.db, ctx.tenant.id);
		return changeStatus(ctx, opportunityId, { from: ['paused'], action: 'opportunity.resumed', columns: () => ({ status: 'published', ...confirmation(expiryMonths) }) });
	}
});
