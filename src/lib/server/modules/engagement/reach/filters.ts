import { z } from 'zod';
import { commitments, welcomeGroups } from '../vocabulary';
import { withoutNul } from '$lib/server/core/validation';

/** Form and URL values arrive as one string or several; an empty one (a select left at "all") is none. */
const many = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((x) => x !== ''), z.array(item));

/** A slug or id of the directory's fields of activity or districts; what names none finds nothing. */
const reference = z.string().trim().toLowerCase().max(80, { error: 'error.invalid' });

/**
 * The filters a feed or a widget shows opportunities by: the names of the search's parameters
 * (q, category, district, commitment, target_group, online), so a search's address can be turned
 * into a feed or an embed code as it is. A value outside a closed list is refused, never dropped.
 */
export const ZReachFilters = z.object({
	q: z.string().trim().max(200, { error: 'error.too_long' }).optional().default(''),
	category: many(reference),
	district: many(reference),
	commitment: many(z.enum(commitments, { error: 'error.choose_one' })),
	target_group: many(z.enum(welcomeGroups, { error: 'error.choose_one' })),
	online: z
		.union([z.literal(''), z.literal('1'), z.literal('true'), z.literal('on'), z.literal('0'), z.literal('false')], { error: 'error.invalid' })
		.optional()
		.transform((v) => v === '1' || v === 'true' || v === 'on')
});
export type TReachFilters = z.output<typeof ZReachFilters>;

/** The widget also says how many opportunities to show and in which language. */
export const ZWidgetQuery = ZReachFilters.extend({
	limit: z.coerce.number({ error: 'error.invalid' }).int({ error: 'error.invalid' }).min(1, { error: 'error.invalid' }).max(20, { error: 'error.invalid' }).optional().default(5),
	lang: z.enum(['de', 'en'], { error: 'error.choose_one' }).optional()
});
export type TWidgetQuery = z.output<typeof ZWidgetQuery>;

/** The names every feed, widget and search address shares. */
export const FILTER_NAMES = ['q', 'category', 'district', 'commitment', 'target_group', 'online'] as const;

/** The filters as a query string in a fixed order ("" or "?…"), so equal filters give one address. */
export function filterQuery(filters: TReachFilters, extra: Record<string, string> = {}): string {
	const params = new URLSearchParams();
	if (filters.q) params.append('q', filters.q);
	for (const name of ['category', 'district', 'commitment', 'target_group'] as const) for (const value of [...filters[name]].sort()) params.append(name, value);
	if (filters.online) params.append('online', '1');
	for (const [name, value] of Object.entries(extra)) if (value) params.append(name, value);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** A query string as a zod schema reads it: names that repeat (several fields of activity) become lists; U+0000 is taken out. */
export function queryLists(url: URL): Record<string, string | string[]> {
	const values: Record<string, string | string[]> = {};
	for (const [name, raw] of url.searchParams) {
		const value = withoutNul(raw);
		const existing = values[name];
		values[name] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
	}
	return values;
}
