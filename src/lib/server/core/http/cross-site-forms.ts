/**
 * Routes a mail program may POST a form to from anywhere: the one-click unsubscribe of RFC 8058,
 * sent by the mail provider's servers without an Origin header. Its signed link is its permission.
 */
const openToCrossSiteForms = new Set(['/abbestellen']);

// The types a plain HTML form can send, and SvelteKit's own binary form encoding.
const formTypes = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain', 'application/x-sveltekit-formdata'];
const isForm = (request: Request) => formTypes.includes((request.headers.get('content-type') ?? '').split(';', 1)[0].trim().toLowerCase());

/**
 * The same refusal SvelteKit's own origin check makes (a form sent from another site, or with no
 * Origin, changes nothing), except for the routes above. SvelteKit's check runs before the hooks
 * and knows no exceptions, so it is off in svelte.config.js and this one, called from the hooks
 * for every route, takes its place.
 */
export function refuseCrossSiteForm(event: { request: Request; url: URL; route: { id: string | null } }): Response | null {
	const { request, url } = event;
	if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method) || !isForm(request)) return null;
	if (request.headers.get('origin') === url.origin) return null;
	const routeId = event.route.id?.replace(/\/\([^)]+\)/g, '') || '/';
	if (openToCrossSiteForms.has(routeId)) return null;
	return new Response(`Cross-site ${request.method} form submissions are forbidden`, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
