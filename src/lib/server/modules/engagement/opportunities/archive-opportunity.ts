import { useCase } from '$lib/server/core/use-case';
import { withdrawModeration } from '$lib/server/core/moderation';
import { ZOpportunityRef } from '../contracts';
import { mayManageOpportunity } from './access';
import { changeStatus } from './transition';

/** Ends an opportunity for good (it can be published again); one waiting in review leaves the queue. */
export const archiveOpportunity = useCase({
	input: ZOpportunityRef,
	allowed: mayManageOpportunity,
	run: (ctx, { opportunityId }) =>
		changeStatus(ctx, opportunityId, {
			from: ['draft', 'review', 'published', 'paused', 'filled', 'expired'],
			action: 'opportunity.archived',
			columns: () => ({ status: 'archived' }),
			also: (tx) => withdrawModeration(tx, ctx.tenant.id, 'opportunity', opportunityId)
		})
});
