import { z } from 'zod';
import { isMessageKey, type MessageKey } from '$lib/i18n';

/** The first problem per field, as a message key the page or the API translates. */
export function fieldErrors(error: z.ZodError): Record<string, MessageKey> {
	const fields: Record<string, MessageKey> = {};
	for (const issue of error.issues) {
		const field = issue.path.join('.') || '_';
		if (fields[field]) continue;
		fields[field] = isMessageKey(issue.message) ? issue.message : defaultKey(issue);
	}
	return fields;
}

function defaultKey(issue: z.core.$ZodIssue): MessageKey {
	switch (issue.code) {
		case 'too_small':
			return 'error.required';
		case 'too_big':
			return 'error.too_long';
		default:
			return 'error.invalid';
	}
}

/** An optional text field: trimmed, empty when left out. */
export const text = (max: number) => z.string().trim().max(max, { error: 'error.too_long' }).default('');

/** A text field that must be filled in. */
export const requiredText = (max: number) =>
	z.string({ error: 'error.required' }).trim().min(1, { error: 'error.required' }).max(max, { error: 'error.too_long' });
