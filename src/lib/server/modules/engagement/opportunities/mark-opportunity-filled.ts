import { useCase } from '$lib/server/core/use-case';
import { ZOpportunityRef } from '../contracts';
import { mayManageOpportunity } from './access';
import { changeStatus } from './transition';

/** Enough volunteers found: the opportunity leaves the search, its page stays and says "besetzt". */
export const markOpportunityFilled = useCase({
	input: ZOpportunityRef,
	allowed: mayManageOpportunity,
	run: (ctx, { opportunityId }) => changeStatus(ctx, opportunityId, { from: ['published', 'paused'], action: 'opportunity.filled', columns: () => ({ status: 'filled' }) })
});
