import { expect, it } from 'vitest';
import { eq, and } from 'drizzle-orm';
import { gunzipSync } from 'node:zlib';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { districts, organisationCategories, places } from '../schema';
import { organisations } from '../../../core/organisations/schema';
import { listCategories } from '../search/queries';
import { directoryVersion, placesGeoJsonDocument } from './places-geojson';
import { tenants } from '$lib/server/core/tenants/schema';

describeOnDatabases('GeoJSON of all places, kept between writes', (env) => {
	it('raises the version once per writing transaction, for the town written only', async () => {
		const tenant = await env().tenant();
		const other = await env().tenant();
		const before = await directoryVersion(env().db, tenant.id);
		const otherBefore = await directoryVersion(env().db, other.id);
		const id = await env().organisation(tenant, { name: 'Kleingartenverein Süd' });
		const afterInsert = await directoryVersion(env().db, tenant.id);
		expect(afterInsert).toBeGreaterThan(before);
		await env().db.transaction(async (tx) => {
			await tx.insert(places).values([
				{ tenantId: tenant.id, organisationId: id, name: 'Parzelle 1', lat: 54, lng: 9 },
				{ tenantId: tenant.id, organisationId: id, name: 'Parzelle 2', lat: 54.01, lng: 9.01 }
			]);
			const [sport] = await listCategories(tx, tenant.id);
			await tx.insert(organisationCategories).values({ tenantId: tenant.id, organisationId: id, categoryId: sport.id });
		});
		expect(await directoryVersion(env().db, tenant.id)).toBe(afterInsert + 1);
		await env()
			.db.insert(districts)
			.values({ tenantId: tenant.id, slug: 'sued', name: 'Süd', geometry: { type: 'Polygon', coordinates: [] } });
		await env().db.delete(districts).where(eq(districts.tenantId, tenant.id));
		expect(await directoryVersion(env().db, tenant.id)).toBe(afterInsert + 3);
		expect(await directoryVersion(env().db, other.id)).toBe(otherBefore);
	});

	it('answers from the kept document until the directory changes', async () => {
		const tenant = await env().tenant();
		const ctx = env().ctx(tenant);
		const id = await env().organisation(tenant, { name: 'Bürgerbus Lindwerder' });
		await env().db.insert(places).values({ tenantId: tenant.id, organisationId: id, name: 'Haltestelle Markt', lat: 54, lng: 9 });
		const first = await placesGeoJsonDocument(ctx, {});
		expect(JSON.parse(first.body).features.map((f: { properties: { place: string } }) => f.properties.place)).toEqual(['Haltestelle Markt']);
		expect(first.etag).toMatch(/^"directory-\d+-[0-9a-f]{8}-de"$/);
		const again = await placesGeoJsonDocument(ctx, {});
		expect(again.etag).toBe(first.etag);
		expect(gunzipSync(await again.gzipped!()).toString('utf8')).toBe(first.body);

		await env()
			.db.update(places)
			.set({ name: 'Haltestelle Rathaus' })
			.where(and(eq(places.tenantId, tenant.id), eq(places.organisationId, id)));
		const changed = await placesGeoJsonDocument(ctx, {});
		expect(changed.etag).not.toBe(first.etag);
		expect(JSON.parse(changed.body).features[0].properties.place).toBe('Haltestelle Rathaus');
		expect(gunzipSync(await changed.gzipped!()).toString('utf8')).toBe(changed.body);

		await env()
			.db.update(organisations)
			.set({ status: 'archived' })
			.where(and(eq(organisations.tenantId, tenant.id), eq(organisations.id, id)));
		expect(JSON.parse((await placesGeoJsonDocument(ctx, {})).body).features).toEqual([]);
	});

	it('a new licence chosen by the municipality reaches the kept document and its ETag at once', async () => {
		const tenant = await env().tenant();
		const id = await env().organisation(tenant, { name: 'Tauschring' });
		await env().db.insert(places).values({ tenantId: tenant.id, organisationId: id, name: 'Laden', lat: 54, lng: 9 });
		const before = await placesGeoJsonDocument(env().ctx(tenant), {});
		expect(JSON.parse(before.body).license).toMatchObject({ id: 'DL-DE-BY-2.0', url: 'https://www.govdata.de/dl-de/by-2-0', attribution: tenant.name });
		const [changed] = await env().db.update(tenants).set({ openDataLicence: 'CC0-1.0' }).where(eq(tenants.id, tenant.id)).returning();
		const after = await placesGeoJsonDocument(env().ctx(changed), {});
		expect(after.etag).not.toBe(before.etag);
		expect(JSON.parse(after.body).license).toMatchObject({ id: 'CC0-1.0', attributionRequired: false });
		expect(JSON.parse(after.body).features).toEqual(JSON.parse(before.body).features);
	});

	it('builds filtered documents every time, in the language asked for', async () => {
		const tenant = await env().tenant();
		const id = await env().organisation(tenant, { name: 'Jugendfeuerwehr', kind: 'club' });
		const [sport] = await listCategories(env().db, tenant.id);
		await env().db.insert(organisationCategories).values({ tenantId: tenant.id, organisationId: id, categoryId: sport.id });
		await env().db.insert(places).values({ tenantId: tenant.id, organisationId: id, name: 'Gerätehaus', lat: 54, lng: 9 });
		const filtered = await placesGeoJsonDocument(env().ctx(tenant), { art: 'club' });
		expect(filtered.etag).toBeUndefined();
		expect(JSON.parse(filtered.body).features).toHaveLength(1);
		const english = await placesGeoJsonDocument({ ...env().ctx(tenant), locale: 'en' }, {});
		expect(english.etag).toMatch(/-en"$/);
		expect(JSON.parse(english.body).features[0].properties.categories).toEqual([sport.nameEn]);
	});
});
