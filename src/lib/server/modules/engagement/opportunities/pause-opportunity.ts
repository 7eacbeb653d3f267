import { useCase } from '$lib/server/core/use-case';
import { ZOpportunityRef } from '../contracts';
import { mayManageOpportunity } from './access';
import { changeStatus } from './transition';

/** Takes a published opportunity off the search for a while (holidays, enough people for now); the page says so. */
export const pauseOpportunity = useCase({
	input: ZOpportunityRef,
	allowed: mayManageOpportunity,
	run: (ctx, { opportunityId }) => changeStatus(ctx, opportunityId, { from: ['published'], action: 'opportunity.paused', columns: () => ({ status: 'paused' }) })
});
