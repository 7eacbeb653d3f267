import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { useCase } from '$lib/server/core/use-case';
import type { Ctx } from '$lib/server/core/context';
import { fail, ok } from '$lib/server/core/result';
import { savedSearches } from '../../schema';
import type { SearchFrequency } from '../../vocabulary';
import { ZOpportunitySearch } from '../contracts';
import { describeSearch } from './describe-search';
import { plausibleToken, tokenHash } from './tokens';

/*
 * The two links in a saved search's mails: confirm (guests) and stop (everyone). Neither needs an
 * account or a session: the token is the permission. Their pages ask before they change anything,
 * so a link opened by a mail scanner does nothing; a mail program's one-click POST (RFC 8058) stops.
 */

const ZToken = z.object({ token: z.string() });

async function byToken(ctx: Pick<Ctx, 'db' | 'tenant'>, column: 'confirm' | 'stop', token: string) {
	if (!plausibleToken(token)) return undefined;
	const s = savedSearches;
	const [row] = await ctx.db
		.select()
		.from(s)
		.where(and(eq(s.tenantId, ctx.tenant.id), eq(column === 'confirm' ? s.confirmTokenHash : s.unsubscribeTokenHash, tokenHash(token))));
	return row;
}

export interface SavedSearchLinkView {
	search: string;
	frequency: SearchFrequency;
	query: Record<string, string>;
}

/** What a confirm or stop link is about, before the click; `invalid_token` for a link that is not (or no longer) one. */
export const describeSavedSearchLink = useCase({
	input: ZToken.extend({ link: z.enum(['confirm', 'stop']) }),
	// The token is the permission: a stranger without it learns nothing.
	allowed: () => true,
	run: async (ctx, { token, link }) => {
		const row = await byToken(ctx, link, token);
		if (!row) return fail('invalid_token');
		const query = row.query as Record<string, string>;
		const search = await describeSearch(ctx.db, ctx.tenant.id, ctx.locale, ZOpportunitySearch.catch({}).parse(query));
		return ok<SavedSearchLinkView>({ search, frequency: row.frequency, query });
	}
});

/** A guest confirms the address: the saved search starts; its link works once. */
export const confirmSavedSearch = useCase({
	input: ZToken,
	allowed: () => true,
	run: async (ctx, { token }) => {
		const row = await byToken(ctx, 'confirm', token);
		if (!row) return fail('invalid_token');
		const now = new Date();
		await ctx.db
			.update(savedSearches)
			.set({ confirmedAt: now, confirmTokenHash: null, lastSentAt: now })
			.where(and(eq(savedSearches.tenantId, ctx.tenant.id), eq(savedSearches.id, row.id)));
		return ok({ frequency: row.frequency });
	}
});

/** One click in a mail: the saved search is deleted, whoever holds the link. */
export const stopSavedSearch = useCase({
	input: ZToken,
	allowed: () => true,
	run: async (ctx, { token }) => {
		const row = await byToken(ctx, 'stop', token);
		if (!row) return fail('invalid_token');
		await ctx.db.delete(savedSearches).where(and(eq(savedSearches.tenantId, ctx.tenant.id), eq(savedSearches.id, row.id)));
		return ok({ stopped: true });
	}
});
