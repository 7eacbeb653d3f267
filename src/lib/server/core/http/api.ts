import { isHttpError, isRedirect, json, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { translate, type Locale, type MessageKey } from '$lib/i18n';
import { describeError, log } from '../log';
import { fieldErrors, withoutNul } from '../validation';
import { acceptedLocale } from './accept-language';
import { queryValues } from './query';
import { statusOf } from './results';

export type ApiErrorCode =
	| 'invalid'
	| 'invalid_json'
	| 'unauthenticated'
	| 'forbidden'
	| 'not_found'
	| 'method_not_allowed'
	| 'rate_limited'
	| 'invalid_credentials'
	| 'unverified'
	| 'disabled'
	| 'unknown_tenant'
	| 'unknown_host'
	| 'internal';

const messages: Record<ApiErrorCode, MessageKey> = {
	invalid: 'error.invalid_form',
	invalid_json: 'error.invalid_json',
	unauthenticated: 'error.unauthenticated',
	forbidden: 'error.forbidden',
	not_found: 'error.not_found',
	method_not_allowed: 'error.method_not_allowed',
	// Without a known wait; rateLimitedResponse names the minutes when it knows them.
	rate_limited: 'error.rate_limited_later',
	invalid_credentials: 'error.invalid_credentials',
	unverified: 'error.unverified',
	disabled: 'error.disabled',
	unknown_tenant: 'error.unknown_tenant',
	unknown_host: 'error.unknown_host',
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
	const translatedFields = fields ? Object.fromEntries(Object.entries(fields).map(([name, key]) => [name, translate(locale, key!)])) : undefined;
	return json({ error: { code, message: translate(locale, messages[code], params), ...(translatedFields ? { fields: translatedFields } : {}) } }, { status, headers });
}

/** API clients say their language with Accept-Language; German otherwise. */
export function apiLocale(event: Pick<RequestEvent, 'request' | 'locals'>): Locale {
	return headerLocale(event.request) ?? event.locals.locale;
}

const headerLocale = (request: Request): Locale | undefined => acceptedLocale(request.headers.get('accept-language'));

/**
 * The answer when no tenant owns the address: JSON in the API's format under `/api/`
 * (with or without `/t/<slug>`), a plain sentence elsewhere.
 */
export function noTenantAnswer(request: Request, pathname: string, code: 'unknown_tenant' | 'unknown_host'): Response {
	const status = code === 'unknown_host' ? 421 : 404;
	const locale = headerLocale(request) ?? 'de';
	if (/^(\/t\/[^/]+)?\/api\//.test(pathname)) return apiError(locale, status, code);
	return new Response(translate(locale, messages[code]), { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

export async function readJson<T extends z.ZodType>(event: Pick<RequestEvent, 'request' | 'locals'>, schema: T): Promise<{ ok: true; data: z.infer<T> } | { ok: false; response: Response }> {
	const locale = apiLocale(event);
	let body: unknown;
	try {
		// U+0000 goes before any schema sees a string: no database text can hold it.
		body = JSON.parse(await event.request.text(), (_key, value: unknown) => (typeof value === 'string' ? withoutNul(value) : value));
	} catch {
		return { ok: false, response: apiError(locale, 400, 'invalid_json') };
	}
	const parsed = schema.safeParse(body);
	if (!parsed.success) return { ok: false, response: apiError(locale, 400, 'invalid', fieldErrors(parsed.error)) };
	return { ok: true, data: parsed.data };
}

/** Query parameters checked against the declared ranges: a value outside them is a 400 naming the parameter, never a filter dropped. */
export function readQuery<T extends z.ZodType>(event: Pick<RequestEvent, 'request' | 'locals' | 'url'>, schema: T): { ok: true; data: z.infer<T> } | { ok: false; response: Response } {
	const parsed = schema.safeParse(queryValues(event.url));
	if (!parsed.success) return { ok: false, response: apiError(apiLocale(event), 400, 'invalid', fieldErrors(parsed.error)) };
	return { ok: true, data: parsed.data };
}

/** A failed use case in the API's format, with the status and sentence of the same table the pages use. */
export function apiFailure(locale: Locale, result: { error: string; fields?: Partial<Record<string, MessageKey>> }): Response {
	const { status, message } = statusOf(result.error);
	const fields = result.fields ? Object.fromEntries(Object.entries(result.fields).map(([name, key]) => [name, translate(locale, key!)])) : undefined;
	return json({ error: { code: result.error, message: translate(locale, message), ...(fields ? { fields } : {}) } }, { status });
}

/** The error code an HTTP status stands for, when a handler throws SvelteKit's `error()`. */
function codeOfStatus(status: number): ApiErrorCode {
	switch (status) {
		case 401:
			return 'unauthenticated';
		case 403:
			return 'forbidden';
		case 404:
			return 'not_found';
		case 405:
			return 'method_not_allowed';
		case 429:
			return 'rate_limited';
		default:
			return status < 500 ? 'invalid' : 'internal';
	}
}

/**
 * Wraps an API handler so that whatever it throws still answers in the API's error format:
 * SvelteKit would render a thrown error as an HTML page for a browser and as `{message}` otherwise.
 */
export function apiHandler<E extends RequestEvent>(handler: (event: E) => Response | Promise<Response>): (event: E) => Promise<Response> {
	return async (event) => {
		try {
			return await handler(event);
		} catch (thrown) {
			if (isRedirect(thrown)) throw thrown;
			const locale = apiLocale(event);
			if (isHttpError(thrown)) return apiError(locale, thrown.status, codeOfStatus(thrown.status));
			log.error({ error: describeError(thrown), route: event.route.id, method: event.request.method }, 'API request failed');
			return apiError(locale, 500, 'internal');
		}
	};
}

/** For an API route's `fallback`: any method it does not offer is a 405 in the error format, naming the ones it does. */
export function methodNotAllowed(...allowed: string[]): (event: Pick<RequestEvent, 'request' | 'locals'>) => Response {
	return (event) => apiError(apiLocale(event), 405, 'method_not_allowed', undefined, { allow: allowed.join(', ') });
}
