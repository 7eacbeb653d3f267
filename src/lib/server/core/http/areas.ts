import type { Action } from '../permissions';

/**
 * Which permission a route needs before anything of it runs, decided from its route id in the
 * hooks: pages, `__data.json`, form actions and `+server` endpoints alike. A layout's load cannot
 * do this: SvelteKit runs a page's load beside its layouts' loads, and a data request may skip
 * the layouts altogether.
 *
 * The longest matching prefix wins. `public` routes decide inside their use cases (an
 * organisation's page, the API with its own tokens); `signed-in` routes need an account and
 * check their target (an organisation) in the use case. A route whose first segment is in
 * neither list is refused: a new area is protected until somebody names it here.
 *
 * `unlisted` public routes (sign-in pages, print views, the API) are open to everyone but not
 * meant for search engines: they answer with `noindex` and robots.txt keeps crawlers out.
 */
export type Area = { kind: 'public'; unlisted?: true } | { kind: 'signed-in' } | { kind: 'permission'; action: Action } | { kind: 'unknown' };

/** Core's own routes; capability modules add theirs through their manifest. */
const areas: Record<string, Area> = {
	'/': { kind: 'public' },
	'/ueber-uns': { kind: 'public' },
	'/abbestellen': { kind: 'public', unlisted: true },
	'/abmelden': { kind: 'public', unlisted: true },
	'/anmelden': { kind: 'public', unlisted: true },
	'/api': { kind: 'public', unlisted: true },
	'/barrierefreiheit': { kind: 'public' },
	'/dateien': { kind: 'public' },
	'/datenschutz': { kind: 'public' },
	'/einladung': { kind: 'public', unlisted: true },
	'/healthz': { kind: 'public', unlisted: true },
	'/impressum': { kind: 'public' },
	'/kein-zugriff': { kind: 'public', unlisted: true },
	'/konto': { kind: 'public', unlisted: true },
	'/passwort-neu': { kind: 'public', unlisted: true },
	'/passwort-vergessen': { kind: 'public', unlisted: true },
	'/registrieren': { kind: 'public', unlisted: true },
	'/sprache': { kind: 'public', unlisted: true },
	// What the site says about itself: crawler rules, sitemap, web app manifest, security contact.
	'/favicon.ico': { kind: 'public' },
	'/robots.txt': { kind: 'public' },
	'/sitemap.xml': { kind: 'public' },
	'/manifest.webmanifest': { kind: 'public' },
	'/.well-known': { kind: 'public' },
	'/mein-bereich': { kind: 'permission', action: 'area.resident' },
	'/koordination': { kind: 'permission', action: 'area.coordination' },
	'/admin': { kind: 'permission', action: 'area.admin' },
	'/admin/konten': { kind: 'permission', action: 'account.list' },
	'/admin/mail': { kind: 'permission', action: 'mail.read' },
	'/admin/protokoll': { kind: 'permission', action: 'audit.read' },
	'/admin/rechtliches': { kind: 'permission', action: 'legal.edit' },
	'/admin/gemeinde': { kind: 'permission', action: 'tenant.edit' },
	'/admin/rueckmeldungen': { kind: 'permission', action: 'feedback.read' }
};

/** A module's routes join the table; a prefix two modules claim is a mistake found at start. */
export function registerAreas(moduleAreas: Record<string, Area>): void {
	for (const [prefix, area] of Object.entries(moduleAreas)) {
		if (prefix in areas && JSON.stringify(areas[prefix]) !== JSON.stringify(area)) throw new Error(`area ${prefix} is declared twice`);
		areas[prefix] = area;
	}
}

/** Route groups such as `(public)` do not change URLs, so they do not change areas either. */
export const withoutGroups = (routeId: string) => routeId.replace(/\/\([^)]+\)/g, '') || '/';

export function areaOf(routeId: string): Area {
	const id = withoutGroups(routeId);
	if (id === '/') return areas['/'];
	const segments = id.split('/').filter(Boolean);
	for (let length = segments.length; length >= 1; length--) {
		const found = areas[`/${segments.slice(0, length).join('/')}`];
		if (found) return found;
	}
	return { kind: 'unknown' };
}

/** Whether search engines may list the route's pages: public and not marked unlisted. An unknown route (404) is not. */
export function isListed(routeId: string | null): boolean {
	if (!routeId) return false;
	const area = areaOf(routeId);
	return area.kind === 'public' && !area.unlisted;
}

/**
 * The shortest prefixes search engines are kept out of, for robots.txt: every area that is not
 * public or is unlisted, unless a shorter one covers it already. Parameters become `*`.
 */
export function unlistedPrefixes(): string[] {
	const hidden = Object.entries(areas)
		.filter(([, area]) => area.kind !== 'public' || area.unlisted)
		.map(([prefix]) => prefix.replace(/\[[^\]]+\]/g, '*'))
		.sort();
	return hidden.filter((prefix) => !hidden.some((other) => other !== prefix && prefix.startsWith(`${other}/`)));
}

/** Every prefix the table names, for the tests that walk the route tree. */
export const knownAreaPrefixes = () => Object.keys(areas);
