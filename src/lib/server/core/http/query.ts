import { withoutNul } from '../validation';

/*
 * Query strings reach loads, endpoints and the API as anyone typed them. U+0000 is taken out here,
 * once, because PostgreSQL cannot compare or store it in text and would fail the whole request;
 * the zod schemas that read these values then drop the other control characters.
 */

/** The query string as a plain object for a zod schema; a repeated name keeps its last value. */
export function queryValues(url: URL): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [name, value] of url.searchParams) values[name] = withoutNul(value);
	return values;
}

/** One query parameter, or null when it is missing. */
export function queryValue(url: URL, name: string): string | null {
	const value = url.searchParams.get(name);
	return value === null ? null : withoutNul(value);
}
