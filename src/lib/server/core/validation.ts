import type { z } from 'zod';
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
