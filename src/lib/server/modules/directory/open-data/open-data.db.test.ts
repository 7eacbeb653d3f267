import { expect, it } from 'vitest';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { parseCsv } from '$lib/server/core/csv';
import type { Tenant } from '$lib/server/core/tenants';
import { districts, organisationCategories, places } from '../schema';
import { listCategories } from '../search/queries';
import {
	csvColumns,
	openOrganisation,
	openOrganisationPage,
	openOrganisations,
	openOrganisationsCsv,
	openOrganisationsDocument,
	ZApiPaging,
	ZOpenOrganisation,
	ZOpenOrganisationPage
} from './open-data';
import { placesGeoJson, ZPlacesGeoJson } from '../places/places-geojson';
import { testSquare } from '$lib/server/testing/geometry';

it('accepts page sizes up to 100 and reports others as a field error', () => {
	expect(ZApiPaging.parse({})).toEqual({ page: 1, pageSize: 20 });
	expect(ZApiPaging.parse({ page: '3', pageSize: '100' })).toEqual({ page: 3, pageSize: 100 });
	const tooMany = ZApiPaging.safeParse({ pageSize: '101' });
	expect(tooMany.success || tooMany.error.issues[0].message).toBe('opendata.error_page_size');
	expect(ZApiPaging.safeParse({ page: '0' }).success).toBe(false);
});

const internal = ['status', 'createdBy', 'created_by', 'staleReminderSentAt', 'stale_reminder_sent_at', 'mergedIntoId', 'merged_into_id', 'contactPublic', 'logoPath'];

describeOnDatabases('open data', (env) => {
	async function town(): Promise<{ tenant: Tenant; tsv: string; tafel: string; ctx: ReturnType<ReturnType<typeof env>['ctx']> }> {
		const tenant = await env().tenant();
		const [sport, , soziales] = await listCategories(env().db, tenant.id);
		const [hafen] = await env().db.insert(districts).values({ tenantId: tenant.id, slug: 'hafen', name: 'Hafen', geometry: testSquare }).returning();
		const tsv = await env().organisation(tenant, {
			name: 'Turn- und Sportverein Hafenstadt',
			kind: 'club',
			contactName: 'Geheime Person',
			contactEmail: 'geheim@example.org',
			contactPhone: '0461 999',
			contactPublic: false,
			networkMember: true,
			networkDeclaredAt: '2021-06-15',
			createdBy: '00000000-0000-4000-8000-000000000001',
			staleReminderSentAt: new Date()
		});
		const tafel = await env().organisation(tenant, {
			name: 'Hafenstädter Tafel',
			kind: 'initiative',
			description: 'Lebensmittel **retten**',
			contactName: 'Offene Person',
			contactEmail: 'offen@example.org',
			contactPublic: true,
			socialLinks: [{ label: 'Instagram', url: 'https://insta.example/tafel' }],
			languages: ['de', 'ar'],
			foundingYear: 2005
		});
		await env().organisation(tenant, { name: 'Versteckter Verein', status: 'proposed' });
		await env().organisation(tenant, { name: 'Alter Verein', status: 'merged', mergedIntoId: tsv });
		await env()
			.db.insert(organisationCategories)
			.values([
				{ tenantId: tenant.id, organisationId: tsv, categoryId: sport.id },
				{ tenantId: tenant.id, organisationId: tafel, categoryId: soziales.id },
				{ tenantId: tenant.id, organisationId: tafel, categoryId: sport.id }
			]);
		await env()
			.db.insert(places)
			.values([
				{ tenantId: tenant.id, organisationId: tafel, name: 'Ausgabe', street: 'Hafenstr. 3', postcode: '24999', city: 'Hafenstadt', lat: 54.05, lng: 9.05, districtId: hafen.id },
				{ tenantId: tenant.id, organisationId: tafel, name: 'Lager ohne Lage' },
				{ tenantId: tenant.id, organisationId: tsv, name: 'Sportplatz', lat: 54.2, lng: 9.3 }
			]);
		return { tenant, tsv, tafel, ctx: env().ctx(tenant) };
	}

	it('publishes only published organisations and only agreed fields', async () => {
		const { ctx, tsv, tafel } = await town();
		const { items, total } = await openOrganisations(ctx, {});
		expect(total).toBe(2);
		expect(items.map((o) => o.name)).toEqual(['Hafenstädter Tafel', 'Turn- und Sportverein Hafenstadt']);
		for (const item of items) {
			expect(ZOpenOrganisation.parse(item)).toEqual(item);
			for (const key of internal) expect(item).not.toHaveProperty(key);
		}
		const [t, s] = items;
		expect(t).toMatchObject({
			id: tafel,
			url: `${ctx.baseUrl}/netzwerk/organisationen/${tafel}`,
			kind: 'initiative',
			description: 'Lebensmittel **retten**',
			contact: { name: 'Offene Person', email: 'offen@example.org', phone: '' },
			socialLinks: [{ label: 'Instagram', url: 'https://insta.example/tafel' }],
			languages: ['de', 'ar'],
			foundingYear: 2005,
			networkDeclaredAt: null
		});
		expect(t.categories).toEqual([
			{ slug: 'sport', name: 'Sport' },
			{ slug: 'soziales', name: 'Soziales' }
		]);
		expect(t.places.map((p) => [p.name, p.district, p.lat])).toEqual([
			['Ausgabe', 'Hafen', 54.05],
			['Lager ohne Lage', null, null]
		]);
		expect(s).toMatchObject({ id: tsv, contact: null, networkMember: true, networkDeclaredAt: '2021-06-15', stale: false });
		expect(JSON.stringify(items)).not.toContain('geheim');
		expect(s.lastUpdated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
	});

	it('names fields of activity in the language of the request', async () => {
		const { tenant } = await town();
		const { items } = await openOrganisations({ ...env().ctx(tenant), locale: 'en' }, { art: 'initiative' });
		expect(items[0].categories.map((c) => c.name)).toEqual(['Sport', 'Social welfare']);
	});

	it('carries the municipality’s licence in the download and on every API page, named in the language asked for', async () => {
		const { ctx, tenant } = await town();
		const document = await openOrganisationsDocument(ctx, {});
		expect(Object.keys(document)).toEqual(['license', 'items', 'total']);
		expect(document.license).toEqual({
			id: 'DL-DE-BY-2.0',
			name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
			url: 'https://www.govdata.de/dl-de/by-2-0',
			attributionRequired: true,
			attribution: tenant.name
		});
		const english = await openOrganisationPage({ ...ctx, locale: 'en' }, {}, 1, 20);
		expect(english.license).toMatchObject({ id: 'DL-DE-BY-2.0', name: 'Data licence Germany – attribution – version 2.0' });
		expect(ZOpenOrganisationPage.parse(english)).toEqual(english);
	});

	it('applies the directory filters and pages', async () => {
		const { ctx } = await town();
		expect((await openOrganisations(ctx, { q: 'Sportverein' })).items.map((o) => o.name)).toEqual(['Turn- und Sportverein Hafenstadt']);
		expect((await openOrganisations(ctx, { feld: 'soziales' })).items.map((o) => o.name)).toEqual(['Hafenstädter Tafel']);
		expect((await openOrganisations(ctx, { stadtteil: 'hafen' })).total).toBe(1);
		expect((await openOrganisations(ctx, { netzwerk: '1', sprache: 'ar' })).total).toBe(0);
		const first = await openOrganisationPage(ctx, {}, 1, 1);
		const second = await openOrganisationPage(ctx, {}, 2, 1);
		const third = await openOrganisationPage(ctx, {}, 3, 1);
		expect([first.items[0].name, second.items[0].name, third.items.length]).toEqual(['Hafenstädter Tafel', 'Turn- und Sportverein Hafenstadt', 0]);
		expect(first).toMatchObject({ page: 1, pageSize: 1, total: 2 });
	});

	it('finds one published organisation, and nothing unpublished, merged or of another town', async () => {
		const { tenant, ctx, tsv } = await town();
		expect((await openOrganisation(ctx, tsv))?.name).toBe('Turn- und Sportverein Hafenstadt');
		const { items } = await openOrganisations(ctx, {});
		const hidden = await env().organisation(tenant, { status: 'archived' });
		expect(await openOrganisation(ctx, hidden)).toBeNull();
		expect(await openOrganisation(ctx, 'kein-id')).toBeNull();
		const elsewhere = await env().tenant();
		expect(await openOrganisation(env().ctx(elsewhere), tsv)).toBeNull();
		expect((await openOrganisations(env().ctx(elsewhere), {})).total).toBe(0);
		expect(items).toHaveLength(2);
	});

	it('writes a CSV without contact details that were not agreed to', async () => {
		const { ctx } = await town();
		const csv = parseCsv(await openOrganisationsCsv(ctx, {}));
		expect(csv.header).toEqual([...csvColumns]);
		expect(csv.rows.map((r) => r.values.name)).toEqual(['Hafenstädter Tafel', 'Turn- und Sportverein Hafenstadt']);
		const [tafel, tsv] = csv.rows.map((r) => r.values);
		expect(tafel).toMatchObject({
			kind: 'initiative',
			categories: 'Sport, Soziales',
			contact_name: 'Offene Person',
			languages: 'de, ar',
			places: '2',
			social_links: 'Instagram: https://insta.example/tafel'
		});
		expect(tsv).toMatchObject({ contact_name: '', contact_email: '', contact_phone: '', network_member: 'true', network_declared_at: '2021-06-15' });
		expect(parseCsv(await openOrganisationsCsv(ctx, { art: 'club' })).rows).toHaveLength(1);
	});

	it('builds valid GeoJSON of located places of the filtered organisations', async () => {
		const { ctx, tafel, tsv } = await town();
		const doc = ZPlacesGeoJson.parse(JSON.parse(await placesGeoJson(ctx, {})));
		// Maps need no order; the database answers in whatever order is fastest.
		doc.features.sort((a, b) => a.properties.place.localeCompare(b.properties.place));
		expect(doc.features.map((f) => [f.properties.place, f.geometry.coordinates])).toEqual([
			['Ausgabe', [9.05, 54.05]],
			['Sportplatz', [9.3, 54.2]]
		]);
		expect(doc.features[0].properties).toEqual({
			organisationId: tafel,
			name: 'Hafenstädter Tafel',
			kind: 'initiative',
			categories: ['Sport', 'Soziales'],
			place: 'Ausgabe',
			street: 'Hafenstr. 3',
			postcode: '24999',
			city: 'Hafenstadt',
			district: 'Hafen',
			url: `${ctx.baseUrl}/netzwerk/organisationen/${tafel}`
		});
		expect(doc.features[1].properties).toMatchObject({ organisationId: tsv, categories: ['Sport'], district: null });
		const filtered = JSON.parse(await placesGeoJson(ctx, { art: 'club' }));
		expect(filtered.features.map((f: { properties: { place: string } }) => f.properties.place)).toEqual(['Sportplatz']);
		expect(JSON.parse(await placesGeoJson(ctx, { q: 'nichts dergleichen' }))).toEqual({ type: 'FeatureCollection', license: expect.objectContaining({ id: 'DL-DE-BY-2.0' }), features: [] });
		const elsewhere = await env().tenant();
		expect(JSON.parse(await placesGeoJson(env().ctx(elsewhere), {})).features).toEqual([]);
	});

	it('escapes quotes, backslashes and line breaks in the GeoJSON text', async () => {
		const { tenant, ctx } = await town();
		const odd = await env().organisation(tenant, { name: 'Verein "Rück\\halt" \u2013 Ü' });
		await env().db.insert(places).values({ tenantId: tenant.id, organisationId: odd, name: 'Halle\nNord\t"B"', street: 'Weg </script> 1', lat: 54.1, lng: 9.1 });
		const doc = JSON.parse(await placesGeoJson(ctx, {}));
		expect(
			doc.features
				.filter((f: { properties: { organisationId: string } }) => f.properties.organisationId === odd)
				.map((f: { properties: { name: string; place: string; street: string } }) => [f.properties.name, f.properties.place, f.properties.street])
		).toEqual([['Verein "Rück\\halt" \u2013 Ü', 'Halle\nNord\t"B"', 'Weg </script> 1']]);
	});

	it('marks a profile stale a year after its confirmation once the reminder is four weeks old, as the directory does', async () => {
		const { tenant, ctx } = await town();
		const day = 24 * 3600 * 1000;
		const old = await env().organisation(tenant, { name: 'Alte Angaben', confirmedAt: new Date(Date.now() - 400 * day), staleReminderSentAt: new Date(Date.now() - 30 * day) });
		const reminded = await env().organisation(tenant, { name: 'Gerade erinnert', confirmedAt: new Date(Date.now() - 400 * day), staleReminderSentAt: new Date(Date.now() - 3 * day) });
		expect((await openOrganisation(ctx, old))?.stale).toBe(true);
		expect((await openOrganisation(ctx, reminded))?.stale).toBe(false);
		const { items, total } = await openOrganisations(ctx, {});
		expect(total).toBe(items.length);
		expect(items.filter((o) => o.stale).map((o) => o.name)).toEqual(['Alte Angaben']);
	});
});
