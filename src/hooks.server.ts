import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { db, startApp } from '$lib/server/app';
import { config } from '$lib/server/core/config';
import { linkBaseUrl, resolveTenant } from '$lib/server/core/tenants';
import { validateSession } from '$lib/server/core/accounts';
import { anonymous } from '$lib/server/core/permissions';
import { isLocale, translate } from '$lib/i18n';
import { connectionIsSecure, LANGUAGE_COOKIE, sessionCookieName, setSessionCookie } from '$lib/server/core/http/session-cookie';
import { describeError, log } from '$lib/server/core/log';
import { allowMapTiles } from '$lib/server/core/http/map-tiles';
import { guardArea } from '$lib/server/core/http/area-guard';
import { apiLocale, noTenantAnswer } from '$lib/server/core/http/api';
import { compressAnswer, keepableRequest, visitorsCache } from '$lib/server/core/http/page-cache';
import { acceptedLocale } from '$lib/server/core/http/accept-language';
// The same headers go on every answer of the server, static files included (scripts/start.js).
import securityHeaders from '$lib/server/core/http/security-headers.json';
import { framingAllowed } from '$lib/server/core/http/framing';

export const init: ServerInit = async () => {
	await startApp();
};

export const handle: Handle = async ({ event, resolve }) => {
	const response = await answer({ event, resolve });
	// An answer that lets named hosts frame it (the widget) says so in its own frame-ancestors.
	const framable = framingAllowed(response.headers.get('content-security-policy'));
	for (const [name, value] of Object.entries(securityHeaders)) if (!(framable && name === 'x-frame-options')) response.headers.set(name, value);
	return response;
};

const answer: Handle = async ({ event, resolve }) => {
	if (event.url.pathname === '/healthz') return resolve(event);

	const { PUBLIC_URL: publicUrl, GEMEINWERK_MODE: mode } = config();
	const resolved = await resolveTenant(db(), event.url.host, event.url.pathname, { knownHostsOnly: mode === 'production', publicUrl });
	if (resolved === 'unknown_host' || !resolved) {
		return noTenantAnswer(event.request, event.url.pathname, resolved ? 'unknown_host' : 'unknown_tenant');
	}
	const { tenant, basePath } = resolved;
	const secure = connectionIsSecure(event.url);

	const bearer = event.request.headers.get('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
	const cookieToken = event.cookies.get(sessionCookieName(tenant));
	const token = bearer ?? cookieToken ?? null;
	const session = token ? await validateSession(db(), tenant.id, token) : null;
	if (session?.renewed && !bearer && cookieToken) setSessionCookie(event.cookies, tenant, cookieToken, session.expiresAt, secure);

	// The language: a choice made on the site, the account's, the browser's (by q-value), the town's.
	const chosen = event.cookies.get(LANGUAGE_COOKIE);
	const locale = isLocale(chosen) ? chosen : (session?.account.locale ?? acceptedLocale(event.request.headers.get('accept-language')) ?? tenant.defaultLocale);

	event.locals.tenant = tenant;
	event.locals.basePath = basePath;
	event.locals.locale = locale;
	event.locals.account = session?.account ?? null;
	event.locals.actor = session?.actor ?? anonymous(tenant.id);
	event.locals.sessionToken = session ? token : null;
	event.locals.ctx = {
		db: db(),
		tenant,
		actor: event.locals.actor,
		locale,
		baseUrl: linkBaseUrl(resolved, publicUrl)
	};

	const refused = await guardArea(event);
	// Kept per town, language (the API's from Accept-Language) and host name, besides the URL.
	const variant = `${event.route.id?.startsWith('/api/') ? apiLocale(event) : locale} ${event.url.host}`;
	const visitor = { tenantId: tenant.id, variant, sessionCookie: cookieToken !== undefined, dataRequest: event.isDataRequest };
	const keepable = refused ? null : keepableRequest(event.request, visitor);
	const cache = keepable ? visitorsCache() : null;
	let response = cache && keepable ? await cache.serve(keepable) : null;
	if (!response) {
		const snapshot = cache?.snapshot(tenant.id);
		response =
			refused ??
			(await resolve(event, {
				transformPageChunk: ({ html }) => html.replace('%lang%', locale)
			}));
		allowMapTiles(response, event.route.id, tenant.tileUrl);
		response = cache && keepable && snapshot ? await cache.keep(keepable, snapshot, event.locals.keptUntil, response) : await compressAnswer(event.request, response);
	}
	if (secure) response.headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
	if (session) response.headers.set('cache-control', 'private, no-store');
	return response;
};

export const handleError: HandleServerError = ({ error, event, status }) => {
	// Refused requests are the client's matter, not an operator's: only server errors are errors.
	if (status >= 500) log.error({ error: describeError(error), route: event.route.id, method: event.request.method }, 'request failed');
	else log.debug({ status, route: event.route.id }, 'request refused');
	const locale = event.locals.locale ?? 'de';
	return { message: translate(locale, status === 404 ? 'error.not_found' : 'error.server'), code: status === 404 ? 'not_found' : 'internal' };
};
