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

/*
 * Control characters. Nobody types them into a form, and PostgreSQL cannot store U+0000 in a text
 * column at all (the insert fails), so they are taken out at the edge before anything is checked.
 */
const NUL = /\u0000/g;
const LINE_BREAKS_AND_TABS = /[\t\n\r]+/g;
const CONTROLS_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Without U+0000: what every value from a request goes through (forms, query strings, JSON). */
export const withoutNul = (value: string): string => (value.includes('\u0000') ? value.replace(NUL, '') : value);

/** A one-line value: line breaks and tabs become a space, other control characters are dropped. */
export const cleanLine = (value: string): string => value.replace(LINE_BREAKS_AND_TABS, ' ').replace(CONTROLS_IN_TEXT, '');

/** A multi-line value keeps tabs and line breaks and loses every other control character. */
export const cleanMultiline = (value: string): string => value.replace(CONTROLS_IN_TEXT, '');

/** A string with control characters removed, still a plain zod string, so `.trim()`, `.max()`, `.regex()` follow. */
export const singleLine = (params?: Parameters<typeof z.string>[0]) => z.string(params).overwrite(cleanLine);
export const multiLine = (params?: Parameters<typeof z.string>[0]) => z.string(params).overwrite(cleanMultiline);

/** An optional text field: trimmed, empty when left out. */
export const text = (max: number) => singleLine().trim().max(max, { error: 'error.too_long' }).default('');

/** A text field that must be filled in. */
export const requiredText = (max: number) => singleLine({ error: 'error.required' }).trim().min(1, { error: 'error.required' }).max(max, { error: 'error.too_long' });

/** An optional text area (descriptions, messages): line breaks kept. */
export const longText = (max: number) => multiLine().trim().max(max, { error: 'error.too_long' }).default('');

/** A text area that must be filled in. */
export const requiredLongText = (max: number) => multiLine({ error: 'error.required' }).trim().min(1, { error: 'error.required' }).max(max, { error: 'error.too_long' });

/**
 * An id as the database keeps it. Ids come back from forms and links, so anything else is
 * refused here: PostgreSQL would otherwise fail the query on a malformed uuid.
 */
export const ZId = z.guid({ error: 'error.invalid' });
export const isId = (value: unknown): value is string => ZId.safeParse(value).success;

/** The highest page any list goes to: with 50 rows a page, five million rows. */
export const MAX_PAGE = 100_000;

/** A page number as a list query receives it, bounded, so that its offset is always a number the database takes. */
export const boundedPage = (page: number | undefined): number => (page !== undefined && Number.isFinite(page) ? Math.min(MAX_PAGE, Math.max(1, Math.floor(page))) : 1);

/*
 * A web address as people type it: "verein.de" means https://verein.de. The host needs a dot and a
 * top-level domain ("deichmaschen" alone is no site anyone can reach); IDN hosts arrive as punycode.
 */
const HOST_WITH_DOT = /^(?:[a-z0-9-]+\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]+)$/;
export const webAddress = (max = 300) =>
	singleLine()
		.trim()
		.max(max, { error: 'error.too_long' })
		.transform((u) => (u && !/^https?:\/\//i.test(u) ? `https://${u}` : u))
		.pipe(z.union([z.literal(''), z.url({ protocol: /^https?$/, hostname: HOST_WITH_DOT, error: 'error.url' })]))
		.default('');

/** A phone number: digits with + ( ) / - and spaces, at least six digits; words like "ruf mich an" are refused. */
export const isPhoneNumber = (value: string): boolean => /^\+?[\d\s()/-]+$/.test(value) && (value.match(/\d/g)?.length ?? 0) >= 6;
export const phoneNumber = (max = 40) =>
	singleLine()
		.trim()
		.max(max, { error: 'error.too_long' })
		.refine((v) => v === '' || isPhoneNumber(v), { error: 'error.phone' })
		.default('');
