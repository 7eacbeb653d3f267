import { describe, expect, it } from 'vitest';
import type { Ctx } from '../context';
import { can, rule, who } from '../permissions';
import { areaOf } from '../http/areas';
import { navigationFor } from '../navigation';
import { computeStatistics } from '../statistics';
import { listExportFiles } from '../exports';
import { documentedOperations } from '../api/openapi';
import { sitemapEntries } from '../site';
import { defineModule, installModules, installedModules } from '.';

/** What a new capability writes: its manifest, and nothing in core. */
const example = defineModule({
	name: 'example',
	permissions: { 'example.edit': rule('owned', (actor, target) => who.actsFor(actor, target.organisationId)) },
	areas: { '/beispiele': { kind: 'public' }, '/beispiele/[id=uuid]/bearbeiten': { kind: 'signed-in' } },
	navigation: [{ area: 'public', path: '/beispiele', label: 'nav.network', order: 15 }],
	statistics: [{ name: 'example.count', label: 'stats.accounts.registered', count: async () => 7 }],
	exports: [{ name: 'example.open', openData: true, files: [{ path: '/beispiele/alle.csv', format: 'csv', label: 'opendata.csv' }] }],
	api: [{ method: 'get', path: '/examples', summary: 'Examples', auth: false, responses: { 200: { description: 'All of them' } } }],
	sitemap: async (ctx) => [{ path: '/beispiele' }, { path: `/beispiele/${ctx.tenant.id}`, lastmod: new Date('2026-05-01T00:00:00Z') }]
});

const tenant = { id: 'tenant-a' } as Ctx['tenant'];
const coordinator: Ctx = {
	db: undefined as never,
	tenant,
	actor: { tenantId: tenant.id, accountId: 'someone', roles: ['coordinator'], memberships: [] },
	locale: 'de',
	baseUrl: ''
};

describe('a module installed from its manifest', () => {
	installModules([example, example]);

	it('is known to every part of core that it contributes to', async () => {
		expect(installedModules()).toEqual(['example']);
		expect(can(coordinator.actor, 'example.edit', { kind: 'owned', tenantId: tenant.id, organisationId: 'org' })).toBe(true);
		expect(areaOf('/(example)/beispiele/[id=uuid]/bearbeiten')).toEqual({ kind: 'signed-in' });
		expect(await navigationFor(coordinator, 'public')).toEqual([{ path: '/beispiele', label: 'nav.network', teaser: null, count: 0, search: null, searchHint: null, items: [] }]);
		const figures = await computeStatistics(coordinator, { von: '2026-01-01', bis: '2026-12-31' });
		expect(figures.ok && figures.value.figures).toEqual([{ name: 'example.count', label: 'stats.accounts.registered', value: 7 }]);
		expect(listExportFiles('open')).toEqual([{ path: '/beispiele/alle.csv', format: 'csv', label: 'opendata.csv' }]);
		expect(documentedOperations()).toContainEqual({ method: 'get', path: '/examples' });
		expect(await sitemapEntries(coordinator)).toEqual([{ path: '/beispiele' }, { path: '/beispiele/tenant-a', lastmod: new Date('2026-05-01T00:00:00Z') }]);
	});

	it('joins the sitemap after the modules before it, each page once with the later date', async () => {
		const changed = new Date('2026-06-01T00:00:00Z');
		installModules([defineModule({ name: 'second', sitemap: async () => [{ path: '/zweite' }, { path: '/beispiele', lastmod: changed }, { path: '/beispiele/tenant-a' }] })]);
		expect(await sitemapEntries(coordinator)).toEqual([{ path: '/beispiele', lastmod: changed }, { path: '/beispiele/tenant-a', lastmod: new Date('2026-05-01T00:00:00Z') }, { path: '/zweite' }]);
	});

	it('cannot take what another module declared', () => {
		const rival = defineModule({ name: 'rival', permissions: { 'example.edit': rule('tenant', () => true) } });
		expect(() => installModules([rival])).toThrow('declared twice');
	});
});
