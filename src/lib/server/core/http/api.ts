import { json, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { translate, type Locale, type MessageKey } from '$lib/i18n';
import { fieldErrors } from '../validation';

export type ApiErrorCode =
	| 'invalid'
	| 'invalid_json'
	| 'unauthenticated'
	| 'forbidden'
	| 'not_found'
	| 'rate_limited'
	| 'invalid_credentials'
	| 'unverified'
	| 'disabled'
	| 'internal';

const messages: Record<ApiErrorCode, MessageKey> = {
	invalid: 'error.invalid_form',
	invalid_json: 'error.invalid_json',
	unauthenticated: 'error.unauthenticated',
	forbidden: 'error.forbidden',
	not_found: 'error.not_found',
	rate_limited: 'error.rate_limited',
	invalid_credentials: 'error.invalid_credentials',
	unverified: 'error.unverified',
	disabled: 'error.disabled',
	internal: 'error.server'
};

/** `{error: {code, message, fields?}}` with the message in the request's language. */
export function apiError(
	locale: Locale,
	status: number,
	code: ApiErrorCode,
	fields?: Partial<Record<string, MessageKey>>,
	headers?: Record<string, string>,
	params: Record<string, string | number> = {}
): Response {
	const translatedFields = fields
		? Object.fromEntries(Object.entries(fields).map(([name, key]) => [name, translate(locale, key!)]))
		: undefined;
	return json(
		{ error: { code, message: translate(locale, messages[code], params), ...(translatedFields ? { fields: translatedFields } : {}) } },
		{ status, headers }
	);
}

/** API clients say their language with Accept-Language; German otherwise. */
export function apiLocale(event: Pick<RequestEvent, 'request' | 'locals'>): Locale {
	const header = event.request.headers.get('accept-language') ?? '';
	const first = header.split(',')[0]?.trim().slice(0, 2).toLowerCase();
	return first === 'en' ? 'en' : first === 'de' ? 'de' : event.locals.locale;
}

export async function readJson<T extends z.ZodType>(
	event: Pick<RequestEvent, 'request' | 'locals'>,
	schema: T
): Promise<{ ok: true; data: z.infer<T> } | { ok: false; response: Response }> {
	const locale = apiLocale(event);
	let body: unknown;
	try {
		body = await event.request.json();
	} catch {
		return { ok: false, response: apiError(locale, 400, 'invalid_json') };
	}
	const parsed = schema.safeParse(body);
	if (!parsed.success) return { ok: false, response: apiError(locale, 422, 'invalid', fieldErrors(parsed.error)) };
	return { ok: true, data: parsed.data };
}
