import { ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { commitments, welcomeGroups } from '../vocabulary';
import { ZPeriod } from './period';
import { countSearchesWithoutResults, demandByFilters, demandByWords, filterNames } from './queries';

/** How many of each list the page shows: the top of the demand, not its long tail. */
export const BLIND_SPOTS_SHOWN = 25;

/** A filter's value as the page shows it: a name from the town's lists, a label of the catalogue, or as it was sent. */
export type FilterValue = { name: string } | { label: 'commitment' | 'group'; value: string } | { raw: string };

export interface BlindSpotFilter {
	key: string;
	values: FilterValue[];
}

const asList = (value: string | string[]) => (Array.isArray(value) ? value : [value]);

/**
 * The "blinde Flecken": what people looked for in the Freiwilligenbörse and found nothing, the
 * most frequent words and combinations of filters in a period. Only counts are stored (per day,
 * words and filters), never who searched, so nothing here can name a person.
 */
export const listBlindSpots = useCase({
	input: ZPeriod,
	permission: 'area.coordination',
	run: async (ctx, range) => {
		const tenantId = ctx.tenant.id;
		const [total, words, filters] = await Promise.all([
			countSearchesWithoutResults(ctx.db, tenantId, range),
			demandByWords(ctx.db, tenantId, range, BLIND_SPOTS_SHOWN),
			demandByFilters(ctx.db, tenantId, range, BLIND_SPOTS_SHOWN)
		]);
		const named = await filterNames(
			ctx.db,
			tenantId,
			ctx.locale,
			filters.flatMap((f) => Object.entries(f.filters).flatMap(([key, value]) => (key === 'category' || key === 'district' ? asList(value) : [])))
		);
		const valueOf = (key: string, value: string): FilterValue => {
			const name = named.get(`${key}:${value}`);
			if (name) return { name };
			if (key === 'commitment' && (commitments as readonly string[]).includes(value)) return { label: 'commitment', value };
			if (key === 'target_group' && (welcomeGroups as readonly string[]).includes(value)) return { label: 'group', value };
			return { raw: value };
		};
		return ok({
			range,
			total,
			words,
			filters: filters.map((f) => ({
				searches: f.searches,
				days: f.days,
				query: f.filters,
				filters: Object.entries(f.filters)
					.sort(([a], [b]) => a.localeCompare(b))
					.map(([key, value]): BlindSpotFilter => ({ key, values: asList(value).map((v) => valueOf(key, v)) }))
			}))
		});
	}
});

/** The search page's address for a blind spot, to see for oneself what people found. */
export function searchHref(words: string, filters: Record<string, string | string[]> = {}): string {
	const params = new URLSearchParams();
	if (words) params.set('q', words);
	for (const [key, value] of Object.entries(filters)) for (const v of asList(value)) params.append(key, v);
	const query = params.toString();
	return `/engagement${query ? `?${query}` : ''}`;
}
