import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import './registry';
import type { Ctx } from './core/context';
import { navigationFor } from './core/navigation';
import { modules } from './modules';

const visitor: Ctx = { db: undefined as never, tenant: { id: 'tenant-a' } as Ctx['tenant'], actor: { tenantId: 'tenant-a', accountId: null, roles: [], memberships: [] }, locale: 'de', baseUrl: '' };

/** The URLs of the pages under src/routes, route groups left out. */
function pagePaths(dir = 'src/routes', url = ''): string[] {
	const here = existsSync(join(dir, '+page.svelte')) ? [url || '/'] : [];
	const below = readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((entry) => pagePaths(join(dir, entry.name), /^\(.+\)$/.test(entry.name) ? url : `${url}/${entry.name}`));
	return [...here, ...below];
}

describe('the home page and the main navigation of this installation', () => {
	it('show what the installed modules declare, in their order', async () => {
		// Cards for signed-in people (with a permission or their own check) are not a visitor's.
		const declared = modules.flatMap((module) => (module.navigation ?? []).filter((entry) => entry.area === 'home' && !entry.permission && !entry.visible));
		const offers = await navigationFor(visitor, 'home');
		expect(offers.map((offer) => offer.path)).toEqual(declared.sort((a, b) => (a.order ?? 100) - (b.order ?? 100)).map((entry) => entry.path));
		// The Freiwilligenbörse leads, with its search box; the Vereinsregister follows with its own.
		expect(offers[0]).toMatchObject({ path: '/engagement', search: 'esearch.home_search' });
		expect(offers[1]).toMatchObject({ path: '/netzwerk/organisationen', search: 'home.directory_search' });
		expect(offers.map((offer) => offer.path)).toEqual(expect.arrayContaining(['/netzwerk/stadtplan', '/netzwerk/spaziergaenge']));
	});

	it('lead only to pages that exist', async () => {
		const pages = pagePaths();
		const links = [...(await navigationFor(visitor, 'public')), ...(await navigationFor(visitor, 'home'))].map((link) => link.path);
		expect(links.length).toBeGreaterThan(4);
		for (const path of links) expect(pages, path).toContain(path);
		expect(links).toContain('/engagement');
	});
});
