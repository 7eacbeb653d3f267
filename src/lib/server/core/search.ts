import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/*
 * German text search, the same in every list: full text with the `gw_german` configuration
 * (word forms and word starts), a substring match for parts of compounds, and trigram word
 * similarity for typos when the exact search finds nothing.
 */

/** Makes typed text safe inside LIKE: %, _ and \ match themselves. */
export const escapeLike = (text: string) => text.replace(/[%_\\]/g, (c) => '\\' + c);

/** `%text%` for ILIKE, with the text's own wildcards escaped. */
export const containsPattern = (text: string) => `%${escapeLike(text)}%`;

/** Turns what a person typed into a prefix query: "Sport ver" → sport:* & ver:* */
export function prefixQuery(q: string): string | null {
	const words = q
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length >= 2)
		.slice(0, 6);
	return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}

/** What a text column (its `tsvector` and its plain name) is searched by. */
export interface Searchable {
	vector: AnyColumn | SQL;
	name: AnyColumn | SQL;
}

/**
 * The condition for a search text. Exact: full text or substring, one tsquery and one ILIKE so
 * each is answered by its index. Fuzzy: trigram word similarity on the name; it reads every row,
 * so lists use it only when the exact search found nothing.
 */
export function textMatches(target: Searchable, q: string, fuzzy = false): SQL {
	if (fuzzy) return sql`${q} <% ${target.name}`;
	const prefix = prefixQuery(q);
	const words = sql`websearch_to_tsquery('gw_german', ${q})${prefix ? sql` || to_tsquery('gw_german', ${prefix})` : sql``}`;
	return sql`(${target.vector} @@ (${words}) or ${target.name} ilike ${containsPattern(q)})`;
}

/** The order of search results: best match first, then by name. */
export function textRank(target: Searchable, q: string, fuzzy = false): SQL {
	return fuzzy ? sql`word_similarity(${q}, ${target.name}) desc, ${target.name} asc` : sql`ts_rank(${target.vector}, websearch_to_tsquery('gw_german', ${q})) desc, lower(${target.name}) asc`;
}
