import { expect, it } from 'vitest';
import { describeOnDatabases } from '$lib/server/testing/databases';
import type { Tenant } from '$lib/server/core/tenants';
import { eq } from 'drizzle-orm';
import { categories, districts, geocodeAddresses, organisationCategories, places, walks } from '../schema';
import { openOrganisations } from '../open-data/open-data';
import { directoryLetters, listCategories, listDistrictNames, listDistricts, listWalks, mapPlaces, searchOrganisations } from '..';
import { testSquare } from '$lib/server/testing/geometry';

describeOnDatabases('directory search', (env) => {
	async function town(): Promise<Tenant> {
		const tenant = await env().tenant();
		const [sport, , soziales] = await listCategories(env().db, tenant.id);
		const [hafen] = await env().db.insert(districts).values({ tenantId: tenant.id, slug: 'hafen', name: 'Hafen', geometry: testSquare }).returning();
		const tsv = await env().organisation(tenant, { name: 'Turn- und Sportverein Hafenstadt', kind: 'club', targetGroups: ['youth'], languages: ['de', 'tr'], networkMember: true });
		const tafel = await env().organisation(tenant, { name: 'Hafenstädter Tafel', kind: 'initiative', description: 'Lebensmittel retten und verteilen', accessibility: ['step_free'] });
		await env().organisation(tenant, { name: 'Müllers Kulturkneipe', kind: 'company' });
		await env().organisation(tenant, { name: '1. Skatclub', kind: 'club' });
		await env().organisation(tenant, { name: 'Versteckter Verein', kind: 'club', status: 'proposed' });
		await env()
			.db.insert(organisationCategories)
			.values([
				{ tenantId: tenant.id, organisationId: tsv, categoryId: sport.id },
				{ tenantId: tenant.id, organisationId: tafel, categoryId: soziales.id }
			]);
		await env().db.insert(places).values({ tenantId: tenant.id, organisationId: tafel, name: 'Ausgabe', lat: 54.05, lng: 9.05, districtId: hafen.id });
		return tenant;
	}
	const names = async (tenant: Tenant, query: Parameters<typeof searchOrganisations>[2]) => (await searchOrganisations(env().db, tenant.id, query)).items.map((r) => r.name);

	it('finds compound words, parts of words, typos and names without accents', async () => {
		const tenant = await town();
		expect(await names(tenant, { q: 'Sportverein' })).toEqual(['Turn- und Sportverein Hafenstadt']);
		expect(await names(tenant, { q: 'sport' })).toEqual(['Turn- und Sportverein Hafenstadt']);
		expect(await names(tenant, { q: 'Sportferein' })).toEqual(['Turn- und Sportverein Hafenstadt']);
		expect(await names(tenant, { q: 'muller' })).toEqual(['Müllers Kulturkneipe']);
		expect(await names(tenant, { q: 'Lebensmittel' })).toEqual(['Hafenstädter Tafel']);
		expect(await names(tenant, { q: 'Versteckter' })).toEqual([]);
	});

	it('filters by kind, field, district, target group, language, accessibility, network and letter', async () => {
		const tenant = await town();
		expect(await names(tenant, {})).toEqual(['1. Skatclub', 'Hafenstädter Tafel', 'Müllers Kulturkneipe', 'Turn- und Sportverein Hafenstadt']);
		expect(await names(tenant, { art: 'initiative' })).toEqual(['Hafenstädter Tafel']);
		expect(await names(tenant, { feld: 'sport' })).toEqual(['Turn- und Sportverein Hafenstadt']);
		expect(await names(tenant, { stadtteil: 'hafen' })).toEqual(['Hafenstädter Tafel']);
		expect(await names(tenant, { zielgruppe: 'youth', sprache: 'tr' })).toEqual(['Turn- und Sportverein Hafenstadt']);
		expect(await names(tenant, { barrierefrei: 'step_free' })).toEqual(['Hafenstädter Tafel']);
		expect(await names(tenant, { netzwerk: '1' })).toEqual(['Turn- und Sportverein Hafenstadt']);
		expect(await names(tenant, { buchstabe: 'M' })).toEqual(['Müllers Kulturkneipe']);
		expect(await names(tenant, { buchstabe: '#' })).toEqual(['1. Skatclub']);
		expect(await directoryLetters(env().db, tenant.id)).toEqual(['#', 'H', 'M', 'T']);
		const page = await searchOrganisations(env().db, tenant.id, { feld: 'sport' });
		expect(page.items[0]).toMatchObject({ categorySlugs: ['sport'], placeCount: 0, networkMember: true, stale: false });
	});

	it('files names with accents under their plain letter', async () => {
		const tenant = await env().tenant();
		for (const name of ['Ökumenischer Besuchsdienst', 'Éclat Tanztheater', 'Offene Tür', 'Ärztlicher Notdienst', '»Lesepaten«']) await env().organisation(tenant, { name });
		expect(await directoryLetters(env().db, tenant.id)).toEqual(['#', 'A', 'E', 'O']);
		expect(await names(tenant, { buchstabe: 'O' })).toEqual(['Offene Tür', 'Ökumenischer Besuchsdienst'].sort((a, b) => a.localeCompare(b, 'de')));
		expect(await names(tenant, { buchstabe: 'E' })).toEqual(['Éclat Tanztheater']);
		expect(await names(tenant, { buchstabe: '#' })).toEqual(['»Lesepaten«']);
	});

	it("sorts by distance from a postcode or a location, and falls back to the postcode's districts", async () => {
		const tenant = await town();
		const db = env().db;
		await db
			.insert(places)
			.values({ tenantId: tenant.id, organisationId: (await searchOrganisations(db, tenant.id, { q: 'Skatclub' })).items[0].id, name: 'Skatstube', lat: 54.1, lng: 9.05, postcode: '24888' });
		await db.insert(geocodeAddresses).values({ tenantId: tenant.id, postcode: '24999', streetKey: 'kaistr', houseNumber: '', lat: 54.05, lng: 9.06 });

		const byPostcode = await searchOrganisations(db, tenant.id, { plz: '24999' });
		expect(byPostcode.near).toBe('postcode');
		expect(byPostcode.items.map((o) => [o.name, o.distance])).toEqual([
			['Hafenstädter Tafel', 653],
			['1. Skatclub', 5598],
			['Müllers Kulturkneipe', null],
			['Turn- und Sportverein Hafenstadt', null]
		]);
		expect(byPostcode.items[0].districts).toEqual(['Hafen']);
		// The open data API orders the same way.
		const api = await openOrganisations({ db, tenant, locale: 'de', baseUrl: 'https://engagement.example' }, { nahe: '54.1,9.05' });
		expect(api.items.map((o) => o.name).slice(0, 2)).toEqual(['1. Skatclub', 'Hafenstädter Tafel']);

		const byLocation = await searchOrganisations(db, tenant.id, { nahe: '54.1,9.05', q: 'Verein Tafel' });
		expect(byLocation.near).toBe('location');
		expect(byLocation.items.map((o) => o.name)).toEqual([]);
		const clubs = await searchOrganisations(db, tenant.id, { nahe: '54.1,9.05', art: 'club' });
		expect(clubs.items.map((o) => [o.name, o.distance])).toEqual([
			['1. Skatclub', 0],
			['Turn- und Sportverein Hafenstadt', null]
		]);

		// No address in the table for 24888: the district of the place with that postcode stands in (the Skatstube lies outside every district).
		const fallback = await searchOrganisations(db, tenant.id, { plz: '24888' });
		expect(fallback.near).toBe('district');
		expect(fallback.total).toBe(0);
		await db.update(places).set({ postcode: '24888' }).where(eq(places.name, 'Ausgabe'));
		expect((await searchOrganisations(db, tenant.id, { plz: '24888' })).items.map((o) => o.name)).toEqual(['Hafenstädter Tafel']);
	});

	it('shows nothing of another town', async () => {
		await town();
		const empty = await env().tenant();
		expect((await searchOrganisations(env().db, empty.id, { q: 'Sportverein' })).total).toBe(0);
	});
});

describeOnDatabases('German order (DIN 5007-1)', (env) => {
	it('sorts organisations, districts, fields, places and walks with Ä=A, Ö=O, Ü=U, ß=ss and case ignored', async () => {
		const tenant = await env().tenant();
		const db = env().db;
		for (const name of ['Freiwilligenagentur', 'Boßelverein', 'Förderverein', 'Bäckerei', 'bürgerverein', 'Olpe-Chor', 'Ölmühle']) await env().organisation(tenant, { name });
		expect((await searchOrganisations(db, tenant.id, {})).items.map((o) => o.name)).toEqual(['Bäckerei', 'Boßelverein', 'bürgerverein', 'Förderverein', 'Freiwilligenagentur', 'Ölmühle', 'Olpe-Chor']);

		await db.insert(districts).values(['Olpe', 'Ölmühle', 'Übersee', 'Uhlenhorst'].map((name) => ({ tenantId: tenant.id, slug: name.toLowerCase(), name, geometry: testSquare })));
		expect((await listDistricts(db, tenant.id)).map((d) => d.name)).toEqual(['Ölmühle', 'Olpe', 'Übersee', 'Uhlenhorst']);
		expect((await listDistrictNames(db, tenant.id)).map((d) => d.name)).toEqual(['Ölmühle', 'Olpe', 'Übersee', 'Uhlenhorst']);

		// Fields keep the office's order; within one position they are in German order.
		await db.insert(categories).values(['Ökologie', 'Ortsgeschichte'].map((nameDe, i) => ({ tenantId: tenant.id, slug: `f-${i}`, nameDe, nameEn: nameDe, position: 500 })));
		expect((await listCategories(db, tenant.id)).slice(-2).map((c) => c.nameDe)).toEqual(['Ökologie', 'Ortsgeschichte']);

		const [club] = (await searchOrganisations(db, tenant.id, { q: 'Bäckerei' })).items;
		await db.insert(places).values(['Übungsraum', 'Uferweg', 'Backstube'].map((name) => ({ tenantId: tenant.id, organisationId: club.id, name, lat: 54.05, lng: 9.05 })));
		expect((await mapPlaces(db, tenant.id, {})).places.map((p) => p.name)).toEqual(['Backstube', 'Übungsraum', 'Uferweg']);

		await db
			.insert(walks)
			.values(['Ölmühlenweg', 'Ostseerunde'].map((title) => ({ tenantId: tenant.id, slug: title.toLowerCase(), title, targetGroup: 'everyone', durationMinutes: 30, published: true })));
		expect((await listWalks(db, tenant.id, { publishedOnly: true })).map((w) => w.title)).toEqual(['Ölmühlenweg', 'Ostseerunde']);
	});
});
