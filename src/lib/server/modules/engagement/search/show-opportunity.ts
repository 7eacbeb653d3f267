import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { useCase, ZRef } from '$lib/server/core/use-case';
import { fail, ok } from '$lib/server/core/result';
import { opportunities } from '../schema';
import { publishedRow, searchScope } from './queries';
import { resultsOf, type OpportunityResult } from './search-opportunities';

export interface PublishedOpportunity extends OpportunityResult {
	description: string;
	tasks: string;
	minAge: number | null;
	languages: string[];
	skills: string[];
	requirements: string[];
	offers: string[];
	accessibility: string;
	volunteersWanted: number | null;
}

/** One published opportunity of the tenant's search scope, as the API shows it; anything else is not found. */
export const showPublishedOpportunity = useCase({
	input: z.object({ opportunityId: ZRef }),
	// Published opportunities are public; anything not published is answered as unknown.
	allowed: () => true,
	run: async (ctx, { opportunityId }) => {
		const scope = await searchScope(ctx.db, ctx.tenant);
		const row = await publishedRow(ctx.db, scope, opportunityId);
		if (!row) return fail('not_found');
		const [result] = await resultsOf(ctx, scope, [row]);
		const o = opportunities;
		const [more] = await ctx.db
			.select({
				description: o.description,
				tasks: o.tasks,
				minAge: o.minAge,
				languages: o.languages,
				skills: o.skills,
				requirements: o.requirements,
				offers: o.offers,
				accessibility: o.accessibility,
				volunteersWanted: o.volunteersWanted
			})
			.from(o)
			.where(and(eq(o.tenantId, row.tenantId), eq(o.id, row.id)));
		return ok<PublishedOpportunity>({ ...result, ...more });
	}
});
