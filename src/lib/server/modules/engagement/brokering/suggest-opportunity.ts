import { and, eq } from 'drizzle-orm';
import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { notify } from '$lib/server/core/notifications';
import { organisations } from '../../../core/organisations/schema';
import { opportunities, suggestions } from '../schema';
import { ZSuggestionInput } from './contracts';
import { asksForAdviceNow } from './queries';

export const SUGGESTIONS_PATH = '/mein-bereich/vorschlaege';

/**
 * A coordinator suggests a published opportunity to a volunteer who asked for advice. The person
 * hears of it through the shared notifications and answers in Mein Bereich. The same opportunity
 * is not suggested again while an earlier suggestion of it waits for an answer.
 */
export const suggestOpportunity = useCase({
	input: ZSuggestionInput,
	permission: 'area.coordination',
	run: async (ctx, input) => {
		const tenantId = ctx.tenant.id;
		if (!(await asksForAdviceNow(ctx.db, tenantId, input.accountId))) return fail('not_found');
		const [opportunity] = await ctx.db
			.select({ id: opportunities.id, title: opportunities.title, status: opportunities.status, organisation: organisations.name })
			.from(opportunities)
			.innerJoin(organisations, and(eq(organisations.tenantId, opportunities.tenantId), eq(organisations.id, opportunities.organisationId)))
			.where(and(eq(opportunities.tenantId, tenantId), eq(opportunities.id, input.opportunityId)));
		if (!opportunity || opportunity.status !== 'published') return fail('invalid', { opportunityId: 'engagement.broker.error.not_published' });
		const [waiting] = await ctx.db
			.select({ id: suggestions.id })
			.from(suggestions)
			.where(and(eq(suggestions.tenantId, tenantId), eq(suggestions.accountId, input.accountId), eq(suggestions.opportunityId, input.opportunityId), eq(suggestions.status, 'open')));
		if (waiting) return fail('invalid', { opportunityId: 'engagement.broker.error.already_suggested' });
		const id = await ctx.db.transaction(async (tx) => {
			const [row] = await tx
				.insert(suggestions)
				.values({ tenantId, opportunityId: opportunity.id, accountId: input.accountId, suggestedBy: ctx.actor.accountId, message: input.message })
				.returning({ id: suggestions.id });
			await recordAudit(tx, ctx.actor, { action: 'engagement.suggestion_made', entityType: 'suggestion', entityId: row.id, after: { accountId: input.accountId, opportunityId: opportunity.id } });
			await notify(tx, ctx, {
				kind: 'engagement_suggestion',
				to: { accountId: input.accountId },
				params: { opportunity: opportunity.title, organisation: opportunity.organisation, message: input.message },
				link: SUGGESTIONS_PATH
			});
			return row.id;
		});
		return ok({ id });
	}
});
