import type { RequestHandler } from './$types';
import { signOut } from '$lib/server/core/accounts';
import { apiError, apiHandler, apiLocale, methodNotAllowed } from '$lib/server/core/http/api';
import { clearSessionCookie, connectionIsSecure } from '$lib/server/core/http/session-cookie';

/** Sign out: ends the session of the bearer token or cookie. */
export const DELETE: RequestHandler = apiHandler(async (event) => {
	const { locals } = event;
	if (!locals.sessionToken) return apiError(apiLocale(event), 401, 'unauthenticated');
	await signOut(locals.ctx, locals.sessionToken);
	clearSessionCookie(event.cookies, locals.tenant, connectionIsSecure(event.url));
	return new Response(null, { status: 204 });
});

export const fallback: RequestHandler = methodNotAllowed('DELETE');
