import { queryString } from '$lib/components/directory/query';

/** The search's parameters (as in `GET /api/v1/opportunities`), in a stable order for shareable URLs. */
export const searchNames = ['q', 'category', 'district', 'commitment', 'target_group', 'plz', 'near', 'radius_km', 'online', 'this_week', 'youth', 'sort', 'page', 'per_page'] as const;
export type SearchName = (typeof searchNames)[number];
export type SearchValues = Partial<Record<SearchName, string | number | boolean | null | undefined>>;

const plain = (values: SearchValues) => Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value === true ? '1' : value === false ? null : value]));

/** `?q=…&category=…` for a search; `changes` set or (with null) remove parameters; checkboxes are "1". */
export const engagementSearch = (values: SearchValues, changes: SearchValues = {}): string => queryString(searchNames, plain(values), plain(changes));

/** What leaving a part of a search out removes with it: a place takes its radius along. */
export const dropped: Record<string, SearchName[]> = {
	q: ['q'],
	plz: ['plz', 'radius_km'],
	near: ['near', 'radius_km']
};

export const without = (values: SearchValues, part: string): string => engagementSearch(values, Object.fromEntries([...(dropped[part] ?? [part]), 'page'].map((name) => [name, null])) as SearchValues);
