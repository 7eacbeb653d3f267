import { z } from 'zod';
import { singleLine } from '$lib/server/core/validation';
import { commitments, welcomeGroups } from '../vocabulary';

/** How a result list is ordered. */
export const searchSorts = ['relevance', 'distance', 'newest'] as const;
export type SearchSort = (typeof searchSorts)[number];

const isPoint = ([lat, lng]: number[]) => Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
// A checkbox sends "1"; a search read back from its saved parameters or given in code carries `true`.
const flag = z.union([z.literal(true), z.enum(['1', 'true'])], { error: 'error.choose_one' }).transform(() => true as const);
const slug = singleLine().trim().max(60, { error: 'error.too_long' });

/**
 * The Freiwilligenbörse's search, with the same names in the page's shareable URL and in
 * `GET /api/v1/opportunities` (English, as the API's other names).
 */
const searchParameters = {
	q: singleLine().trim().max(100, { error: 'error.too_long' }),
	/** A field of activity's slug. */
	category: slug,
	/** A district's (Stadtteil's) slug. */
	district: slug,
	commitment: z.enum(commitments, { error: 'error.choose_one' }),
	target_group: z.enum(welcomeGroups, { error: 'error.choose_one' }),
	/** "lat,lng" in WGS 84 with decimal points. */
	near: z
		.string()
		.regex(/^-?\d{1,2}(\.\d{1,7})?,-?\d{1,3}(\.\d{1,7})?$/, { error: 'error.near' })
		.refine((v) => isPoint(v.split(',').map(Number)), { error: 'error.near' }),
	radius_km: z.coerce.number({ error: 'esearch.error.radius' }).min(0.5, { error: 'esearch.error.radius' }).max(100, { error: 'esearch.error.radius' }),
	/** "In meiner Nähe" by postcode: the middle of its addresses in the town's address table. */
	plz: z
		.string()
		.trim()
		.regex(/^\d{5}$/, { error: 'error.postcode' }),
	/** Nur ortsunabhängige (online) Angebote. */
	online: flag,
	/** Diese Woche: a date in the coming seven days, a weekly schedule, or spontaneous. */
	this_week: flag,
	/** Für Jugendliche ab 14. */
	youth: flag,
	sort: z.enum(searchSorts, { error: 'error.choose_one' }),
	page: z.coerce.number({ error: 'opendata.error_page' }).int({ error: 'opendata.error_page' }).min(1, { error: 'opendata.error_page' }).max(10_000, { error: 'opendata.error_page' }),
	per_page: z.coerce
		.number({ error: 'opendata.error_page_size' })
		.int({ error: 'opendata.error_page_size' })
		.min(1, { error: 'opendata.error_page_size' })
		.max(100, { error: 'opendata.error_page_size' })
};
type Parameters = typeof searchParameters;

/** For the API: a value out of its range is an error the client hears about. */
export const ZOpportunitySearch = z.object(
	Object.fromEntries(Object.entries(searchParameters).map(([name, schema]) => [name, schema.optional()])) as { [K in keyof Parameters]: z.ZodOptional<Parameters[K]> }
);
export type TOpportunitySearch = z.output<typeof ZOpportunitySearch>;

/** For the page: an outdated or mistyped link still shows results, without the filter it cannot read. */
export const ZOpportunitySearchPage = z.object(
	Object.fromEntries(Object.entries(searchParameters).map(([name, schema]) => [name, (schema as z.ZodType).optional().catch(undefined)])) as {
		[K in keyof Parameters]: z.ZodCatch<z.ZodOptional<Parameters[K]>>;
	}
);

/** The filters a search can carry (everything but words, order and paging), in the order the page offers to drop them. */
export const searchFilters = ['category', 'district', 'commitment', 'target_group', 'plz', 'near', 'radius_km', 'online', 'this_week', 'youth'] as const;
export type SearchFilter = (typeof searchFilters)[number];

/** A search as the parameters of its shareable URL, empty ones left out. */
export function searchParams(search: TOpportunitySearch): Record<string, string> {
	const params: Record<string, string> = {};
	for (const [name, value] of Object.entries(search)) {
		if (value === undefined || value === '') continue;
		params[name] = value === true ? '1' : String(value);
	}
	return params;
}
