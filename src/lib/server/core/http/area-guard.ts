import { json, type RequestEvent } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { can } from '../permissions';
import { log } from '../log';
import { areaOf, type Area } from './areas';
import { refuseCrossSiteForm } from './cross-site-forms';

const prefersJson = (request: Request) => {
	const accept = request.headers.get('accept') ?? '*/*';
	return /application\/json/.test(accept) && !/text\/html/.test(accept);
};

/**
 * Decides a request's area before anything of the route runs (see `areas.ts`). Returns the answer
 * to send instead of the route's, or null when the route may run.
 */
export async function guardArea(event: RequestEvent): Promise<Response | null> {
	const crossSite = refuseCrossSiteForm(event);
	if (crossSite) return crossSite;
	if (!event.route.id) return null; // no route: SvelteKit answers 404
	const area = areaOf(event.route.id);
	if (area.kind === 'public') return null;

	const { locals } = event;
	if (area.kind !== 'unknown' && !locals.account) return signInFirst(event);
	if (allowed(event, area)) return null;
	if (area.kind === 'unknown') log.warn({ route: event.route.id }, 'route outside every known area refused');
	return forbidden(event);
}

function allowed(event: RequestEvent, area: Area): boolean {
	const { actor, tenant } = event.locals;
	switch (area.kind) {
		case 'public':
			return true;
		case 'signed-in':
			return actor.accountId !== null;
		case 'permission':
			return can(actor, area.action, { kind: 'tenant', tenantId: tenant.id });
		case 'unknown':
			return false;
	}
}

/** A visitor is sent to the sign-in page and back afterwards; data and enhanced forms get the same in their formats. */
function signInFirst(event: RequestEvent): Response {
	const next = event.url.pathname + event.url.search;
	const location = `${event.locals.basePath}/anmelden?next=${encodeURIComponent(next)}`;
	if (event.isDataRequest) return json({ type: 'redirect', location });
	if (event.request.method === 'POST' && prefersJson(event.request)) return json({ type: 'redirect', status: 303, location });
	return new Response(null, { status: 303, headers: { location } });
}

/** Signed in, but not allowed: 403 with no data, as the app's error page for browsers. */
async function forbidden(event: RequestEvent): Promise<Response> {
	const error = { message: translate(event.locals.locale, 'error.forbidden'), code: 'forbidden' };
	// The client turns a failed data request's JSON body into the error it shows.
	if (event.isDataRequest) return json(error, { status: 403 });
	if (prefersJson(event.request)) {
		const body = event.request.method === 'POST' ? { type: 'error', error, status: 403 } : { error };
		return json(body, { status: 403 });
	}
	const page = await event.fetch(`${event.locals.basePath}/kein-zugriff`, { headers: { accept: 'text/html' } });
	return new Response(page.body, { status: 403, headers: { 'content-type': 'text/html; charset=utf-8' } });
}
