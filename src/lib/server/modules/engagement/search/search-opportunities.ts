import { sql, type SQL } from 'drizzle-orm';
import { useCase } from '$lib/server/core/use-case';
import { ok } from '$lib/server/core/result';
import { pageOf, pageWindow, type Page } from '$lib/server/core/pagination';
import { searchWords } from '$lib/server/core/search';
import type { Ctx } from '$lib/server/core/context';
import { ZOpportunitySearch, searchFilters, searchParams, type SearchFilter, type SearchSort, type TOpportunitySearch } from './contracts';
import {
	countMatches,
	detailsOf,
	facetCounts,
	matchingRows,
	opportunityFilter,
	recordDemand,
	searchScope,
	type Facets,
	type OpportunityFilter,
	type OpportunityRow,
	type SearchScope
} from './queries';

export const DEFAULT_PER_PAGE = 20;

/** An opportunity as a result list shows it. */
export interface OpportunityResult extends Omit<OpportunityRow, 'tenantId' | 'organisationId' | 'organisationName' | 'total'> {
	organisation: { id: string; name: string };
	/** The member municipality it is in, when a district (Kreis) searches; null for the tenant's own. */
	town: { name: string; slug: string } | null;
	places: { id: string; name: string; city: string; district: string | null; lat: number | null; lng: number | null }[];
	fields: { slug: string; name: string }[];
}

export interface SearchAnswer extends Page<OpportunityResult> {
	facets: Facets;
	/** The order applied: the one asked for when it can be applied, else the natural one. */
	sort: SearchSort;
	/** Whether a search word was read as a correction of a typo. */
	fuzzy: boolean;
	near: OpportunityFilter['near'];
	/** When nothing is found: which of the search's parts to leave out, and how many that would find (only those that find some). */
	widen: { drop: WidenPart; total: number }[];
}

/** A part of a search a person can leave out to find more. */
export type WidenPart = 'q' | SearchFilter;

/** The conditions leaving out a part removes: a place (postcode or point) takes its radius with it. */
const DROPS: Record<WidenPart, (SearchFilter | 'q')[]> = {
	q: ['q'],
	category: ['category'],
	district: ['district'],
	commitment: ['commitment'],
	target_group: ['target_group'],
	plz: ['plz', 'radius_km'],
	near: ['radius_km'],
	radius_km: ['radius_km'],
	online: ['online'],
	this_week: ['this_week'],
	youth: ['youth']
};

async function widening(db: Ctx['db'], search: TOpportunitySearch, filter: OpportunityFilter): Promise<SearchAnswer['widen']> {
	const parts = (['q', ...searchFilters] as WidenPart[]).filter((part) => search[part] !== undefined && DROPS[part].some((d) => (d === 'q' ? filter.words.length : filter.filters[d])));
	// A point given as well as a postcode is not used: leaving it out changes nothing.
	const useful = parts.filter((part) => !(part === 'near' && search.plz));
	const totals = await Promise.all(useful.map((part) => countMatches(db, filter, ...DROPS[part])));
	return useful.map((drop, i) => ({ drop, total: totals[i] })).filter((w) => w.total > 0);
}

/** Relevance with words, distance from a point, else the newest first; an order that cannot apply (distance without a point) falls back. */
function effectiveSort(search: TOpportunitySearch, filter: OpportunityFilter): SearchSort {
	if (search.sort === 'distance' && filter.distance) return 'distance';
	if (search.sort === 'relevance' && filter.rank) return 'relevance';
	if (search.sort === 'newest') return 'newest';
	return filter.rank ? 'relevance' : filter.distance ? 'distance' : 'newest';
}

function orderOf(sort: SearchSort, filter: OpportunityFilter): SQL {
	const newest = sql`o.published_at desc nulls last, o.sort_key`;
	if (sort === 'relevance' && filter.rank) return sql`${filter.rank} desc, ${newest}`;
	if (sort === 'distance' && filter.distance) return sql`"distanceKm" asc nulls last, ${filter.rank ? sql`${filter.rank} desc, ` : sql``}${newest}`;
	return newest;
}

/** The rows of a page with their places, fields and town. */
export async function resultsOf(ctx: Pick<Ctx, 'db' | 'locale'>, scope: SearchScope, rows: OpportunityRow[]): Promise<OpportunityResult[]> {
	const details = await detailsOf(ctx.db, rows, ctx.locale);
	const towns = new Map(scope.tenants.map((t) => [t.id, t]));
	return rows.map(({ tenantId, organisationId, organisationName, total: _, ...row }) => {
		const town = tenantId === scope.tenantId ? null : towns.get(tenantId);
		return {
			...row,
			organisation: { id: organisationId, name: organisationName },
			town: town ? { name: town.name, slug: town.slug } : null,
			places: details.places.filter((p) => p.opportunityId === row.id).map(({ opportunityId: _, ...place }) => place),
			fields: details.fields.filter((f) => f.opportunityId === row.id).map(({ opportunityId: _, ...field }) => field)
		};
	});
}

/** What a search that found nothing is counted by: its folded words, sorted, and its filters, without where exactly "near" was. */
export function demandOf(search: TOpportunitySearch): { words: string; filters: Record<string, string> } {
	const { q: _q, sort: _s, page: _p, per_page: _pp, ...rest } = searchParams(search);
	const filters = Object.fromEntries(
		Object.entries(rest)
			.map(([name, value]): [string, string] => [name, name === 'near' ? '1' : value])
			.sort(([a], [b]) => a.localeCompare(b))
	);
	return { words: [...searchWords(search.q ?? '')].sort().join(' '), filters };
}

/**
 * The Freiwilligenbörse's search over the published opportunities of the tenant (and, for a
 * district, of its member municipalities): German words through core/search.ts, every filter,
 * distance from a point or a postcode, facet counts and paging. Anyone may search; a search that
 * finds nothing is counted for the coordinators' "blinde Flecken", without who searched.
 */
export const searchOpportunities = useCase({
	input: ZOpportunitySearch,
	// Published opportunities are public; the conditions below never select anything else.
	allowed: () => true,
	run: async (ctx, search): Promise<{ ok: true; value: SearchAnswer }> => {
		const { db } = ctx;
		const scope = await searchScope(db, ctx.tenant);
		const filter = await opportunityFilter(db, scope, search);
		const sort = effectiveSort(search, filter);
		const window = pageWindow(search.page, search.per_page ?? DEFAULT_PER_PAGE);
		const [rows, facets] = await Promise.all([matchingRows(db, filter, orderOf(sort, filter), window.limit, window.offset), facetCounts(db, filter, ctx.locale)]);
		const total = rows.length ? rows[0].total : window.page === 1 ? 0 : await countMatches(db, filter);
		let widen: SearchAnswer['widen'] = [];
		if (total === 0) {
			const demand = demandOf(search);
			[widen] = await Promise.all([widening(db, search, filter), recordDemand(db, ctx.tenant.id, demand.words, demand.filters)]);
		}
		const items = await resultsOf(ctx, scope, rows);
		return ok({ ...pageOf(items, total, window), facets, sort, fuzzy: filter.fuzzy, near: filter.near, widen });
	}
});
