import { beforeAll, expect, it } from 'vitest';
import { describeOnDatabases } from '$lib/server/testing/databases';
import type { Tenant } from '$lib/server/core/tenants';
import { seedDemoDirectory } from '$lib/server/seed/demo-directory';
import { DEMO_CLUB_ID } from '$lib/server/seed/demo-accounts';
import { searchOrganisations } from '..';
import type { TDirectoryQuery } from '../contracts';

/*
 * The relevance table: what people type into the Vereinsregister of the demo town, and what they
 * must find. The demo has ten sports organisations (field "Sport"), all of them clubs.
 */
describeOnDatabases('search relevance on the demo town', (env) => {
	let town: Tenant;
	beforeAll(async () => {
		town = await env().tenant();
		await seedDemoDirectory(env().db, town);
	});
	const search = async (query: TDirectoryQuery) => (await searchOrganisations(env().db, town.id, query, 100)).items;
	const names = async (q: string) => (await search({ q })).map((o) => o.name);
	const idsOf = async (query: TDirectoryQuery) => new Set((await search(query)).map((o) => o.id));

	it('"Sportverein" finds all ten sports organisations first, the Turn- und Sportverein on top', async () => {
		const sports = await idsOf({ feld: 'sport' });
		expect(sports.size).toBe(10);
		const found = await search({ q: 'Sportverein' });
		expect(new Set(found.slice(0, 10).map((o) => o.id))).toEqual(sports);
		expect(found[0].id).toBe(DEMO_CLUB_ID);
	});

	it('"Sportclub" and "Sportverein" with a typo find the sports organisations too', async () => {
		const sports = await idsOf({ feld: 'sport' });
		for (const q of ['Sportclub', 'Sportferein', 'sport verein']) expect(new Set((await search({ q })).slice(0, 10).map((o) => o.id)), q).toEqual(sports);
	});

	it('"Sport Hafen" combines a field and a district: sports organisations in the district Hafen', async () => {
		const expected = await idsOf({ feld: 'sport', stadtteil: 'hafen' });
		expect(expected.size).toBeGreaterThan(0);
		const found = (await search({ q: 'Sport Hafen' })).map((o) => o.id);
		expect(new Set(found.slice(0, expected.size))).toEqual(expected);
		// Sports organisations come before those that only mention sport in their description.
		const sports = await idsOf({ feld: 'sport' });
		const firstOther = found.findIndex((id) => !sports.has(id));
		expect(firstOther === -1 || found.slice(firstOther).every((id) => !sports.has(id))).toBe(true);
	});

	it('tolerates typos inside compound words', async () => {
		expect((await search({ q: 'Turnferein' }))[0].id).toBe(DEMO_CLUB_ID);
		// The two clubs whose descriptions speak of Fußball.
		expect(new Set((await names('Fusball')).slice(0, 2))).toEqual(new Set(['Sportfreunde Nordfeld e. V.', 'Turn- und Sportverein Lindwerder von 1892 e. V.']));
		expect((await names('Schwimferein'))[0]).toBe('Schwimmverein Lindwerder-Hafen e. V.');
		expect((await names('Tierschutzferein'))[0]).toBe('Tierschutzverein Lindwerder und Umgebung e. V.');
	});

	it('folds umlauts and ß both ways', async () => {
		for (const q of ['Boßelverein', 'Bosselverein', 'bosselverein nordfeld']) expect((await names(q))[0], q).toBe('Boßelverein Nordfeld e. V.');
		for (const q of ['Türkisch', 'turkisch']) expect((await names(q))[0], q).toBe('Türkisch-Deutscher Kulturverein Lindwerder e. V.');
		expect((await names('Muhlenau'))[0]).toBe('Kleingartenverein Mühlenau e. V.');
	});

	it('a district alone finds its organisations, those named after it first', async () => {
		const inNordfeld = await idsOf({ stadtteil: 'nordfeld' });
		const found = await search({ q: 'Nordfeld' });
		for (const id of inNordfeld) expect(found.map((o) => o.id)).toContain(id);
		expect(found[0].name).toContain('Nordfeld');
		const firstWithoutName = found.findIndex((o) => !o.name.includes('Nordfeld'));
		expect(found.slice(firstWithoutName).every((o) => !o.name.includes('Nordfeld'))).toBe(true);
	});

	it('a field alone finds its organisations, in German and in English, a name hit first', async () => {
		const animals = await idsOf({ feld: 'tierschutz' });
		const found = await search({ q: 'Tierschutz' });
		for (const id of animals) expect(found.map((o) => o.id)).toContain(id);
		expect(found[0].name).toBe('Tierschutzverein Lindwerder und Umgebung e. V.');
		const culture = await idsOf({ feld: 'kultur' });
		const english = await idsOf({ q: 'Culture' });
		for (const id of culture) expect(english).toContain(id);
	});

	it('a kind finds its organisations', async () => {
		const foundations = await idsOf({ art: 'foundation' });
		expect(foundations.size).toBe(2);
		for (const id of foundations) expect(await idsOf({ q: 'Stiftung' })).toContain(id);
	});

	it('an exact name comes first, before word starts and parts of words', async () => {
		expect((await names('Stadtbücherei Lindwerder'))[0]).toBe('Stadtbücherei Lindwerder');
		expect((await names('Lindwerder Tafel'))[0]).toBe('Lindwerder Tafel e. V.');
		expect((await names('Schach'))[0]).toBe('Schachclub Springer Lindwerder e. V.');
		expect((await names('Chor'))[0]).toBe('Shanty-Chor Lindwerder e. V.');
		expect((await names('Kultur Altstadt'))[0]).toMatch(/Kultur/);
	});

	it('nonsense and filler words find nothing', async () => {
		expect(await names('xqzvwk')).toEqual([]);
		expect(await names('Quastenflosser')).toEqual([]);
		expect(await names('und der e. V.')).toEqual([]);
	});
});
