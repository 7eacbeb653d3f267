import { sql } from 'drizzle-orm';
import type { Ctx } from '$lib/server/core/context';
import { matchingRows, opportunityFilter, searchScope } from './queries';
import { resultsOf, type OpportunityResult } from './search-opportunities';

/**
 * A few current opportunities for the home page: spontaneous and one-off ones first (the
 * lowest threshold to start), then the newest. Public, like the search.
 */
export async function currentOpportunities(ctx: Pick<Ctx, 'db' | 'tenant' | 'locale'>, limit = 4): Promise<OpportunityResult[]> {
	const scope = await searchScope(ctx.db, ctx.tenant);
	const filter = await opportunityFilter(ctx.db, scope, {});
	const order = sql`case o.commitment when 'spontaneous' then 0 when 'once' then 1 else 2 end, o.published_at desc nulls last, o.sort_key`;
	return resultsOf(ctx, scope, await matchingRows(ctx.db, filter, order, limit, 0));
}
