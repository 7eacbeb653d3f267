/** The directory's filter parameters (German, as in shareable URLs), in a stable order. */
export const directoryParams = ['q', 'art', 'feld', 'stadtteil', 'zielgruppe', 'sprache', 'barrierefrei', 'netzwerk', 'buchstabe', 'seite'] as const;
export type DirectoryParams = Partial<Record<(typeof directoryParams)[number], string | number | null | undefined>>;

/** `?q=…&feld=…` for a filter state; `changes` set or (with null) remove parameters. Empty values are left out. */
export function directorySearch(query: DirectoryParams, changes: DirectoryParams = {}): string {
	const merged = { ...query, ...changes };
	const params = new URLSearchParams();
	for (const name of directoryParams) {
		const value = merged[name];
		if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
	}
	const search = params.toString();
	return search ? `?${search}` : '';
}
