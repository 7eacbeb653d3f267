/**
 * The app's routes read from the folders under src/routes, so tests that walk them cover a route
 * added tomorrow without anyone listing it: pages with their layouts and named form actions,
 * and the HTTP methods of `+server` endpoints.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Route {
	/** As SvelteKit names it, e.g. `/admin/konten/[id=uuid]`. */
	id: string;
	/** Folder under src/routes. */
	dir: string;
	page: boolean;
	/** Layouts from the root down to the page, one `x-sveltekit-invalidated` digit each. */
	layouts: number;
	/** Named actions of the page's `+page.server.ts` (`default` for the unnamed one). */
	actions: string[];
	/** Methods exported by `+server.ts`. */
	methods: string[];
}

const ROOT = join(process.cwd(), 'src', 'routes');
const hasFile = (dir: string, pattern: RegExp) => readdirSync(dir).some((name) => pattern.test(name));

function actionsOf(dir: string): string[] {
	const file = join(dir, '+page.server.ts');
	if (!existsSync(file)) return [];
	const source = readFileSync(file, 'utf8');
	const block = /export const actions[^=]*=\s*\{([\s\S]*)\n\};/.exec(source)?.[1];
	if (!block) return [];
	return [...block.matchAll(/^\t(\w+):\s*(?:async\s*)?\(/gm)].map((m) => m[1]);
}

function methodsOf(dir: string): string[] {
	const file = join(dir, '+server.ts');
	if (!existsSync(file)) return [];
	const source = readFileSync(file, 'utf8');
	return [...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
}

export function routeTree(dir = ROOT, id = '', layouts = 0): Route[] {
	const depth = layouts + (hasFile(dir, /^\+layout\.(svelte|server\.ts|ts)$/) ? 1 : 0);
	const page = hasFile(dir, /^\+page\.svelte$/);
	const methods = methodsOf(dir);
	const here: Route[] = page || methods.length ? [{ id: id || '/', dir, page, layouts: depth, actions: page ? actionsOf(dir) : [], methods }] : [];
	const children = readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory());
	return [...here, ...children.flatMap((name) => routeTree(join(dir, name), `${id}/${name}`, depth))];
}

/** A concrete path for a route id, with a value for each parameter. */
export function pathFor(routeId: string, params: Record<string, string>): string {
	const path = routeId
		.replace(/\/\([^)]+\)/g, '')
		.replace(/\[\.\.\.(\w+)\]/g, (_, name: string) => params[name] ?? 'x')
		.replace(/\[(\w+)(?:=\w+)?\]/g, (_, name: string) => params[name] ?? 'x');
	return path || '/';
}

/** The `__data.json` address of a page, with layouts skipped as the client does it. */
export function dataPath(path: string, invalidated?: string): string {
	const base = path === '/' ? '/__data.json' : `${path}/__data.json`;
	return invalidated === undefined ? base : `${base}?x-sveltekit-invalidated=${invalidated}`;
}

/** Every way a client asks for a page's data: as the client does, all nodes, and each layout skipped in turn. */
export function invalidations(layouts: number): (string | undefined)[] {
	const all = '1'.repeat(layouts + 1);
	const variants = new Set<string>([all, `${'0'.repeat(layouts)}1`]);
	for (let i = 0; i < layouts; i++) variants.add(all.slice(0, i) + '0' + all.slice(i + 1));
	return [undefined, ...variants];
}

/**
 * Runs `ask` for every route, a few at a time: the server answers several requests at once, so the
 * sweeps take a fraction of the time one request after another would, and grow slower with new routes.
 */
export async function forEachRoute(routes: Route[], ask: (route: Route) => Promise<void>, atOnce = 4): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < routes.length) await ask(routes[next++]);
	};
	await Promise.all(Array.from({ length: Math.min(atOnce, routes.length) }, worker));
}
