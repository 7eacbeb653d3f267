import { randomUUID } from 'node:crypto';
import { and, count, eq, gt, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { useCase } from '$lib/server/core/use-case';
import { fail, ok } from '$lib/server/core/result';
import { singleLine } from '$lib/server/core/validation';
import { notify } from '$lib/server/core/notifications';
import { findAccountById } from '$lib/server/core/accounts/queries';
import { translate } from '$lib/i18n';
import { searchFrequencies } from '../../vocabulary';
import { savedSearches } from '../../schema';
import { ZOpportunitySearch, searchParams } from '../contracts';
import { describeSearch } from './describe-search';
import { newConfirmToken, stopToken, tokenHash } from './tokens';

/** One person's saved searches at most; a guest's unconfirmed ones a day, so the form sends nobody a flood of confirmation mails. */
export const MAX_SAVED_SEARCHES = 20;
const MAX_UNCONFIRMED_A_DAY = 3;

export const ZSaveSearch = z.object({
	/** The search's parameters, as its shareable URL has them. */
	query: z.record(z.string(), z.string()).default({}),
	frequency: z.enum(searchFrequencies, { error: 'error.choose_one' }),
	/** A guest's address; a signed-in person's searches go to the account's. */
	email: z
		.union([
			z.literal(''),
			singleLine()
				.trim()
				.toLowerCase()
				.pipe(z.email({ error: 'error.email' }))
		])
		.optional()
});

/** A saved search: started (an account's), or waiting for the guest's confirmation; no id when no mail was sent (too many asked today). */
export interface SavedSearchAnswer {
	id: string | null;
	confirmed: boolean;
	email: string;
}

/**
 * "Suche speichern": signed in, the search is the account's and starts at once; a guest gets a
 * mail with a confirmation link first (no mail about matches before that). Only opportunities
 * published after saving are mailed, daily or weekly (send-saved-searches.ts).
 */
export const saveSearch = useCase({
	input: ZSaveSearch,
	// Anyone may ask for mails: an account for itself, a guest only after confirming the address.
	allowed: () => true,
	run: async (ctx, input) => {
		const parsed = ZOpportunitySearch.safeParse(input.query);
		if (!parsed.success) return fail('invalid', { query: 'error.invalid' });
		const { page: _p, per_page: _pp, ...search } = parsed.data;
		const query = searchParams(search);
		const accountId = ctx.actor.accountId;
		const account = accountId ? await findAccountById(ctx.db, ctx.tenant.id, accountId) : undefined;
		const email = account?.email.toLowerCase() ?? input.email;
		if (!email) return fail('invalid', { email: 'error.required' });
		const s = savedSearches;
		const [{ n }] = await ctx.db
			.select({ n: count() })
			.from(s)
			.where(and(eq(s.tenantId, ctx.tenant.id), account ? eq(s.accountId, account.id) : eq(s.email, email)));
		if (n >= MAX_SAVED_SEARCHES) return fail('invalid', { frequency: 'esearch.error.saved_limit' });
		const id = randomUUID();
		const unsubscribeTokenHash = tokenHash(await stopToken(ctx.db, ctx.tenant.id, id));
		const now = new Date();
		if (account) {
			await ctx.db.insert(s).values({ tenantId: ctx.tenant.id, id, accountId: account.id, email, query, frequency: input.frequency, confirmedAt: now, lastSentAt: now, unsubscribeTokenHash });
			return ok<SavedSearchAnswer>({ id, confirmed: true, email });
		}
		const [{ recent }] = await ctx.db
			.select({ recent: count() })
			.from(s)
			.where(and(eq(s.tenantId, ctx.tenant.id), eq(s.email, email), isNull(s.confirmedAt), gt(s.createdAt, sql`now() - interval '1 day'`)));
		// The same answer either way: the page must not tell whether an address asked before.
		if (recent >= MAX_UNCONFIRMED_A_DAY) return ok<SavedSearchAnswer>({ id: null, confirmed: false, email });
		const token = newConfirmToken();
		await ctx.db.transaction(async (tx) => {
			await tx.insert(s).values({ tenantId: ctx.tenant.id, id, email, query, frequency: input.frequency, confirmTokenHash: tokenHash(token), lastSentAt: now, unsubscribeTokenHash });
			await notify(
				tx,
				{ tenant: ctx.tenant, baseUrl: ctx.baseUrl },
				{
					kind: 'engagement_saved_search_confirm',
					to: { email, locale: ctx.locale },
					params: {
						search: await describeSearch(tx, ctx.tenant.id, ctx.locale, search),
						frequency: translate(ctx.locale, `savedsearch.frequency_in_text.${input.frequency}`)
					},
					link: `/engagement/suchauftrag/bestaetigen?token=${token}`
				}
			);
		});
		return ok<SavedSearchAnswer>({ id, confirmed: false, email });
	}
});
