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
 */
export type Area = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'permission'; action: Action } | { kind: 'unknown' };

/** Core's own routes; capability modules add theirs through their manifest. */
const areas: Record<string, Area> = {
	'/': { kind: 'public' },
	'/[section=section]': { kind: 'public' },
	'/abbestellen': { kind: 'public' },
	'/abmelden': { kind: 'public' },
	'/anmelden': { kind: 'public' },
	'/api': { kind: 'public' },
	'/barrierefreiheit': { kind: 'public' },
	'/dateien': { kind: 'public' },
	'/datenschutz': { kind: 'public' },
	'/einladung': { kind: 'public' },
	'/healthz': { kind: 'public' },
	'/impressum': { kind: 'public' },
	'/kein-zugriff': { kind: 'public' },
	'/konto': { kind: 'public' },
	'/passwort-neu': { kind: 'public' },
	'/passwort-vergessen': { kind: 'public' },
	'/registrieren': { kind: 'public' },
	'/sprache': { kind: 'public' },
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

/** Every prefix the table names, for the tests that walk the route tree. */
export const knownAreaPrefixes = () => Object.keys(areas);
