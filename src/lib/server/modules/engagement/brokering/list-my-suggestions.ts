import { and, eq } from 'drizzle-orm';
import { ok } from '$lib/server/core/result';
import { useCase, ZNoInput } from '$lib/server/core/use-case';
import { volunteerProfiles } from '../schema';
import { suggestionsFor } from './queries';

/** What coordinators suggested to me, and whether I asked for advice (and since when). */
export const listMySuggestions = useCase({
	input: ZNoInput,
	own: 'account.read',
	run: async (ctx) => {
		const { accountId } = ctx.actor;
		const [items, [profile]] = await Promise.all([
			suggestionsFor(ctx.db, ctx.tenant.id, accountId),
			ctx.db
				.select({ wantsAdvice: volunteerProfiles.wantsAdvice, since: volunteerProfiles.adviceConsentAt })
				.from(volunteerProfiles)
				.where(and(eq(volunteerProfiles.tenantId, ctx.tenant.id), eq(volunteerProfiles.accountId, accountId)))
		]);
		const advice = profile?.wantsAdvice && profile.since ? { since: profile.since } : null;
		return ok({ items, advice });
	}
});
