import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { ZVolunteerRef } from './contracts';
import { adviceRequests, consultationsOf, publishedOpportunityOptions, suggestionsFor } from './queries';

/**
 * One volunteer who asked for advice: their profile's answers, the consultations logged and the
 * opportunities suggested so far, and what can be suggested. Someone who did not ask, or withdrew
 * the consent, is not found.
 */
export const showAdviceRequest = useCase({
	input: ZVolunteerRef,
	permission: 'area.coordination',
	run: async (ctx, { accountId }) => {
		const [person] = await adviceRequests(ctx.db, ctx.tenant.id, ctx.locale, accountId);
		if (!person) return fail('not_found');
		const [consultations, suggestions, opportunities] = await Promise.all([
			consultationsOf(ctx.db, ctx.tenant.id, accountId),
			suggestionsFor(ctx.db, ctx.tenant.id, accountId),
			publishedOpportunityOptions(ctx.db, ctx.tenant.id)
		]);
		return ok({ person, consultations, suggestions, opportunities });
	}
});
