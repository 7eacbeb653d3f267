import { and, eq } from 'drizzle-orm';
import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { opportunities, suggestions } from '../schema';
import { ZSuggestionAnswer } from './contracts';

/**
 * The volunteer accepts or declines a suggestion made to them. Accepting leads on to the
 * opportunity's "Ich habe Interesse": the suggestion itself tells the organisation nothing.
 * Sending the same answer twice (a reloaded page) is no error; changing it afterwards is. An
 * opportunity no longer published cannot be accepted (`gone`); declining is always possible.
 */
export const answerSuggestion = useCase({
	input: ZSuggestionAnswer,
	own: 'account.update',
	run: async (ctx, { suggestionId, answer }) => {
		const where = and(eq(suggestions.tenantId, ctx.tenant.id), eq(suggestions.id, suggestionId), eq(suggestions.accountId, ctx.actor.accountId));
		const status = answer === 'accept' ? 'accepted' : 'declined';
		return ctx.db.transaction(async (tx) => {
			const [row] = await tx.select({ status: suggestions.status, opportunityId: suggestions.opportunityId }).from(suggestions).where(where).for('update');
			if (!row) return fail('not_found');
			if (row.status === status) return ok({ opportunityId: row.opportunityId, status });
			if (row.status !== 'open') return fail('already_decided');
			if (status === 'accepted') {
				const [opportunity] = await tx
					.select({ status: opportunities.status })
					.from(opportunities)
					.where(and(eq(opportunities.tenantId, ctx.tenant.id), eq(opportunities.id, row.opportunityId)));
				if (opportunity?.status !== 'published') return fail('gone');
			}
			await tx.update(suggestions).set({ status, answeredAt: new Date() }).where(where);
			await recordAudit(tx, ctx.actor, { action: `engagement.suggestion_${status}`, entityType: 'suggestion', entityId: suggestionId, before: { status: row.status }, after: { status } });
			return ok({ opportunityId: row.opportunityId, status });
		});
	}
});
