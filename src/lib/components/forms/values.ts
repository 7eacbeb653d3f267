/** Form values come either from the database (numbers, dates, lists) or from a failed submit (strings). */
export type FormValues = Record<string, unknown>;

/** What a text input shows: empty for a missing value. */
export const textValue = (values: FormValues, name: string): string => {
	const value = values[name];
	return value === null || value === undefined ? '' : String(value);
};

/** What a checkbox group has ticked: a submit with one ticked box sends a single string. */
export const listValue = (values: FormValues, name: string): string[] => {
	const value = values[name];
	return Array.isArray(value) ? value.map(String) : typeof value === 'string' && value ? [value] : [];
};
