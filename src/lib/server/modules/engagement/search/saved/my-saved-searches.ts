import { and, desc, eq, isNotNull, isNull, or } from 'drizzle-orm';
import { z } from 'zod';
import { useCase, ZNoInput, ZRef, type OwnCtx } from '$lib/server/core/use-case';
import { fail, ok } from '$lib/server/core/result';
import { findAccountById } from '$lib/server/core/accounts/queries';
import { savedSearches } from '../../schema';
import type { SearchFrequency } from '../../vocabulary';
import { ZOpportunitySearch } from '../contracts';
import { describeSearch } from './describe-search';

/** A person's saved searches: the account's, and those saved as a guest with its (confirmed) address before. */
async function mine(ctx: OwnCtx) {
	const account = await findAccountById(ctx.db, ctx.tenant.id, ctx.actor.accountId);
	const s = savedSearches;
	return and(
		eq(s.tenantId, ctx.tenant.id),
		or(eq(s.accountId, ctx.actor.accountId), account ? and(isNull(s.accountId), isNotNull(s.confirmedAt), eq(s.email, account.email.toLowerCase())) : undefined)
	);
}

export interface MySavedSearch {
	id: string;
	search: string;
	query: Record<string, string>;
	frequency: SearchFrequency;
	confirmed: boolean;
	createdAt: Date;
}

/** Mein Bereich → Suchaufträge. */
export const listMySavedSearches = useCase({
	input: ZNoInput,
	own: 'account.read',
	run: async (ctx) => {
		const s = savedSearches;
		const rows = await ctx.db
			.select()
			.from(s)
			.where(await mine(ctx))
			.orderBy(desc(s.createdAt));
		const described = await Promise.all(rows.map((r) => describeSearch(ctx.db, ctx.tenant.id, ctx.locale, ZOpportunitySearch.catch({}).parse(r.query))));
		return ok<MySavedSearch[]>(
			rows.map((r, i) => ({ id: r.id, search: described[i], query: r.query as Record<string, string>, frequency: r.frequency, confirmed: !!r.confirmedAt, createdAt: r.createdAt }))
		);
	}
});

/** Deletes one of the person's saved searches; someone else's is not found. */
export const deleteMySavedSearch = useCase({
	input: z.object({ savedSearchId: ZRef }),
	own: 'account.update',
	run: async (ctx, { savedSearchId }) => {
		const deleted = await ctx.db
			.delete(savedSearches)
			.where(and(await mine(ctx), eq(savedSearches.id, savedSearchId)))
			.returning({ id: savedSearches.id });
		return deleted.length ? ok({ deleted: true }) : fail('not_found');
	}
});
