import { fail } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { mayInTenant } from '$lib/server/core/authorize';
import { ZOpportunityRef } from '../contracts';
import { settingsOf } from '../settings';
import { findOpportunity, mayManageOpportunity } from './access';
import { changeStatus, publication } from './transition';

/**
 * Publishes again what was filled, expired or archived (it is news again: a new publication date).
 * Something never approved still needs the review where the town wants one (`review_required`);
 * the office publishes anything, a draft or one waiting in review included.
 */
export const publishOpportunity = useCase({
	input: ZOpportunityRef,
	allowed: mayManageOpportunity,
	run: async (ctx, { opportunityId }) => {
		const [settings, found] = await Promise.all([settingsOf(ctx.db, ctx.tenant.id), findOpportunity(ctx.db, ctx.tenant.id, opportunityId)]);
		if (!found) return fail('not_found');
		const staff = mayInTenant(ctx, 'opportunity.review');
		if (!staff && settings.reviewRequired && !found.publishedAt) return fail('review_required');
		return changeStatus(ctx, opportunityId, {
			from: staff ? ['draft', 'review', 'filled', 'expired', 'archived'] : ['draft', 'filled', 'expired', 'archived'],
			action: 'opportunity.published',
			columns: () => publication(settings.expiryMonths)
		});
	}
});
