import { expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import '$lib/server/registry';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { renderSitemap, sitemapEntries } from '$lib/server/core/site';
import { places, walks } from './schema';
import { organisations } from '../../core/organisations/schema';

describeOnDatabases('the sitemap of a town', (env) => {
	it('lists the public pages, published profiles and walks, and nothing unpublished', async () => {
		const tenant = await env().tenant();
		const published = await env().organisation(tenant, { name: 'TSV', updatedAt: new Date('2026-01-01T00:00:00Z'), confirmedAt: new Date('2026-01-01T00:00:00Z') });
		const proposed = await env().organisation(tenant, { name: 'Vorschlag', status: 'proposed' });
		const archived = await env().organisation(tenant, { name: 'Aufgelöst', status: 'archived' });
		await env()
			.db.insert(places)
			.values({ tenantId: tenant.id, organisationId: published, name: 'Sportplatz', updatedAt: new Date('2026-02-01T00:00:00Z') });
		await env()
			.db.insert(walks)
			.values([
				{ tenantId: tenant.id, slug: 'offen', title: 'Offen', targetGroup: 'Alle', durationMinutes: 60, published: true },
				{ tenantId: tenant.id, slug: 'entwurf', title: 'Entwurf', targetGroup: 'Alle', durationMinutes: 60 }
			]);
		const other = await env().tenant();
		const elsewhere = await env().organisation(other, { name: 'Anderswo' });

		const entries = await sitemapEntries(env().ctx(tenant));
		const paths = entries.map((e) => e.path);
		expect(paths).toEqual(expect.arrayContaining(['/', '/ueber-uns', '/impressum', '/netzwerk', '/netzwerk/organisationen', '/netzwerk/stadtplan', '/netzwerk/daten']));
		expect(paths).toContain(`/netzwerk/organisationen/${published}`);
		expect(paths).toContain('/netzwerk/spaziergaenge/offen');
		for (const hidden of [proposed, archived, elsewhere]) expect(paths).not.toContain(`/netzwerk/organisationen/${hidden}`);
		expect(paths).not.toContain('/netzwerk/spaziergaenge/entwurf');
		expect(new Set(paths).size).toBe(paths.length);

		// A changed place changes its organisation's page and the Stadtplan.
		const profile = entries.find((e) => e.path === `/netzwerk/organisationen/${published}`)!;
		expect(profile.lastmod).toEqual(new Date('2026-02-01T00:00:00Z'));
		expect(entries.find((e) => e.path === '/netzwerk/stadtplan')!.lastmod).toEqual(new Date('2026-02-01T00:00:00Z'));
		// Core names /netzwerk as a page of the main navigation, the directory with its date: once, dated.
		expect(entries.find((e) => e.path === '/netzwerk')!.lastmod).toEqual(new Date('2026-02-01T00:00:00Z'));

		const xml = renderSitemap(env().ctx(tenant).baseUrl, entries);
		expect(xml).toContain(`<loc>https://engagement.example/t/${tenant.slug}/netzwerk/organisationen/${published}</loc><lastmod>2026-02-01T00:00:00.000Z</lastmod>`);
	});

	it('drops a profile once it is archived', async () => {
		const tenant = await env().tenant();
		const id = await env().organisation(tenant);
		const before = await sitemapEntries(env().ctx(tenant));
		expect(before.map((e) => e.path)).toContain(`/netzwerk/organisationen/${id}`);
		await env()
			.db.update(organisations)
			.set({ status: 'archived' })
			.where(and(eq(organisations.tenantId, tenant.id), eq(organisations.id, id)));
		expect((await sitemapEntries(env().ctx(tenant))).map((e) => e.path)).not.toContain(`/netzwerk/organisationen/${id}`);
	});
});
