/** The directory's filter parameters (German, as in shareable URLs), in a stable order. */
export const directoryParams = ['q', 'art', 'feld', 'stadtteil', 'zielgruppe', 'sprache', 'barrierefrei', 'netzwerk', 'buchstabe', 'plz', 'nahe', 'seite'] as const;
export type DirectoryParams = Partial<Record<(typeof directoryParams)[number], string | number | null | undefined>>;

type Values<Name extends string> = Partial<Record<Name, string | number | null | undefined>>;

/**
 * `?a=…&b=…` with the named parameters in the order given, so the same filter always gives the same URL.
 * `changes` set or (with null or undefined) remove parameters; empty values are left out.
 */
export function queryString<Name extends string>(names: readonly Name[], values: Values<Name>, changes: Values<Name> = {}): string {
	const merged: Values<Name> = { ...values, ...changes };
	const params = new URLSearchParams();
	for (const name of names) {
		const value = merged[name];
		if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
	}
	const search = params.toString();
	return search ? `?${search}` : '';
}

/** `?q=…&feld=…` for a filter state; `changes` set or (with null) remove parameters. Empty values are left out. */
export function directorySearch(query: DirectoryParams, changes: DirectoryParams = {}): string {
	return queryString(directoryParams, query, changes);
}

/** `?suche=…` on a link from a search result to a profile, so that its way back keeps the search; '' without one. */
export function carrySearch(query: DirectoryParams): string {
	const search = directorySearch(query);
	return search ? `?suche=${encodeURIComponent(search.slice(1))}` : '';
}

/** The directory's search for the way back from a profile's `suche`: only the directory's own parameters survive. */
export function carriedSearch(value: string | null): string {
	return directorySearch(Object.fromEntries(new URLSearchParams(value ?? '')));
}
