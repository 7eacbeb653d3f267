import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { signIn, accountContracts } from '$lib/server/core/accounts';
import { apiFailure, apiHandler, apiLocale, methodNotAllowed, readJson } from '$lib/server/core/http/api';
import { limitSignIn, rateLimitedResponse } from '$lib/server/core/http/rate-limit';
import { connectionIsSecure, setSessionCookie } from '$lib/server/core/http/session-cookie';

/** Sign in: returns a bearer token and sets the session cookie. */
export const POST: RequestHandler = apiHandler(async (event) => {
	const locale = apiLocale(event);
	const body = await readJson(event, accountContracts.ZSignIn);
	if (!body.ok) return body.response;
	const attempt = await limitSignIn(event.locals.tenant.id, event.getClientAddress(), body.data.email, () => signIn(event.locals.ctx, body.data));
	if (attempt.limited) return rateLimitedResponse(locale, attempt);
	const { result } = attempt;
	if (!result.ok) return apiFailure(locale, result);
	setSessionCookie(event.cookies, event.locals.tenant, result.value.token, result.value.expiresAt, connectionIsSecure(event.url));
	return json({ token: result.value.token, expiresAt: result.value.expiresAt.toISOString() }, { status: 201, headers: { 'cache-control': 'no-store' } });
});

export const fallback: RequestHandler = methodNotAllowed('POST');
