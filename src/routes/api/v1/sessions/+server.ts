import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { signIn, accountContracts } from '$lib/server/core/accounts';
import { apiError, apiLocale, readJson } from '$lib/server/core/http/api';
import { consumeRateLimit } from '$lib/server/core/http/rate-limit';
import { connectionIsSecure, setSessionCookie } from '$lib/server/core/http/session-cookie';

/** Sign in: returns a bearer token and sets the session cookie. */
export const POST: RequestHandler = async (event) => {
	const locale = apiLocale(event);
	const body = await readJson(event, accountContracts.ZSignIn);
	if (!body.ok) return body.response;
	const address = event.getClientAddress();
	for (const [name, key] of [['signInAddress', address], ['signIn', `${event.locals.tenant.id}|${address}|${body.data.email}`]] as const) {
		const limit = await consumeRateLimit(name, key);
		if (!limit.ok) return apiError(locale, 429, 'rate_limited', undefined, { 'retry-after': String(limit.retryAfterSeconds) }, { seconds: limit.retryAfterSeconds });
	}
	const result = await signIn(event.locals.ctx, body.data);
	if (!result.ok) {
		if (result.error === 'invalid') return apiError(locale, 422, 'invalid', result.fields);
		return apiError(locale, result.error === 'invalid_credentials' ? 401 : 403, result.error);
	}
	setSessionCookie(event.cookies, event.locals.tenant, result.value.token, result.value.expiresAt, connectionIsSecure(event.url));
	return json({ token: result.value.token, expiresAt: result.value.expiresAt.toISOString() }, { status: 201, headers: { 'cache-control': 'no-store' } });
};
