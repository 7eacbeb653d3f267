import { fail } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { mayInTenant } from '$lib/server/core/authorize';
import { submitForModeration } from '$lib/server/core/moderation';
import { ZOpportunityRef } from '../contracts';
import { settingsOf } from '../settings';
import { mayManageOpportunity } from './access';
import { changeStatus, publication } from './transition';

/**
 * A draft goes public: straight away, or, where the town wants it, first to the coordinators'
 * Freigaben (they hear of it there). The office itself never waits for its own review.
 */
export const submitOpportunity = useCase({
	input: ZOpportunityRef,
	allowed: mayManageOpportunity,
	run: async (ctx, { opportunityId }) => {
		const settings = await settingsOf(ctx.db, ctx.tenant.id);
		const review = settings.reviewRequired && !mayInTenant(ctx, 'opportunity.review');
		const result = review
			? await changeStatus(ctx, opportunityId, {
					from: ['draft'],
					action: 'opportunity.submitted',
					columns: () => ({ status: 'review' }),
					also: (tx) => submitForModeration(tx, ctx, 'opportunity', opportunityId, ctx.actor.accountId)
				})
			: await changeStatus(ctx, opportunityId, { from: ['draft'], action: 'opportunity.published', columns: () => publication(settings.expiryMonths) });
		return result.ok ? result : fail(result.error);
	}
});
