import { beforeAll, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { describeOnDatabases, valueOf } from '$lib/server/testing/databases';
import { createTenant, type Tenant } from '$lib/server/core/tenants';
import { tenants } from '$lib/server/core/tenants/schema';
import { scheduleFromSlots } from '../vocabulary';
import { searchDemand } from '../schema';
import { publishOpportunity, testTown, type TestTown } from './test-opportunities';
import { searchOpportunities } from './search-opportunities';
import { showPublishedOpportunity } from './show-opportunity';
import { currentOpportunities } from './current-opportunities';
import type { TOpportunitySearch } from './contracts';

/** A date `days` from today in Berlin, as YYYY-MM-DD. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });

/*
 * A small Freiwilligenbörse of its own: ten published opportunities of two organisations in three
 * districts, one draft. The relevance table below is what people type and what must come first.
 */
describeOnDatabases('the Freiwilligenbörse search', (env) => {
	let tenant: Tenant;
	let town: TestTown;
	const ids: Record<string, string> = {};
	const titleOf = new Map<string, string>();

	beforeAll(async () => {
		tenant = await env().tenant({ name: 'Lindau am See' });
		const organisationId = await env().organisation(tenant, { name: 'Lernhilfe Lindau e. V.' });
		const nature = await env().organisation(tenant, { name: 'Naturschutzbund Lindau' });
		town = await testTown(env().db, tenant, organisationId, {
			districts: { altstadt: 'Altstadt', hafen: 'Hafen', nordfeld: 'Nordfeld' },
			places: {
				Gemeindehaus: { district: 'altstadt', lat: 54.5, lng: 9.5, postcode: '24999' },
				Hafenbüro: { district: 'hafen', lat: 54.53, lng: 9.55 },
				Nordfeldschule: { district: 'nordfeld', lat: 54.56, lng: 9.45 }
			}
		});
		const add = async (key: string, values: Parameters<typeof publishOpportunity>[2], minutesAgo: number) => {
			ids[key] = await publishOpportunity(env().db, town, { publishedAt: new Date(Date.now() - minutesAgo * 60_000), ...values });
			titleOf.set(ids[key], values.title);
		};
		await add(
			'homework',
			{
				title: 'Hausaufgabenhilfe für Grundschulkinder',
				tasks: 'Kinder bei den Hausaufgaben begleiten und Lesen üben',
				fieldSlugs: ['bildung'],
				placeNames: ['Nordfeldschule'],
				schedule: scheduleFromSlots(['mon-afternoon', 'wed-afternoon']),
				forYouth14: true
			},
			10
		);
		await add('reading', { title: 'Lesepatin oder Lesepate in der Stadtbücherei', tasks: 'Vorlesen für Kinder ab vier Jahren', fieldSlugs: ['bildung'], placeNames: ['Gemeindehaus'] }, 20);
		await add('dyke', { title: 'Deichputz am Hafen', tasks: 'Müll sammeln am Deich', commitment: 'once', dates: [{ date: inDays(3) }], fieldSlugs: ['umwelt'], placeNames: ['Hafenbüro'] }, 30);
		await add(
			'driving',
			{
				title: 'Fahrdienst für Senior*innen',
				tasks: 'Ältere Menschen zum Arzt fahren',
				fieldSlugs: ['senioren'],
				placeNames: ['Gemeindehaus'],
				targetGroups: ['seniors'],
				requirements: ['driving_licence']
			},
			40
		);
		await add('tutoring', { title: 'Online-Nachhilfe Mathematik', tasks: 'Schülerinnen per Video beim Lernen unterstützen', commitment: 'project', online: true, fieldSlugs: ['bildung'] }, 50);
		await add('festival', { title: 'Spontan helfen beim Stadtfest', tasks: 'Auf- und Abbau, Getränkestand', commitment: 'spontaneous', fieldSlugs: ['kultur'], placeNames: ['Gemeindehaus'] }, 60);
		await add(
			'cafe',
			{ title: 'Sprachcafé für Geflüchtete', tasks: 'Deutsch sprechen mit Menschen, die neu hier sind', fieldSlugs: ['migration'], placeNames: ['Hafenbüro'], targetGroups: ['migration'] },
			70
		);
		await add(
			'toads',
			{ title: 'Krötenwanderung begleiten', tasks: 'Amphibien sicher über die Straße tragen', commitment: 'project', organisationId: nature, fieldSlugs: ['umwelt'], placeNames: ['Nordfeldschule'] },
			80
		);
		await add(
			'trees',
			{ title: 'Baumpflanzaktion im Stadtpark', tasks: 'Junge Bäume setzen', commitment: 'once', dates: [{ date: inDays(10) }], fieldSlugs: ['umwelt'], placeNames: ['Nordfeldschule'] },
			90
		);
		await add('choir', { title: 'Notenwart für den Chor', tasks: 'Noten sortieren und verteilen', fieldSlugs: ['kultur'], placeNames: ['Gemeindehaus'] }, 100);
		ids.draft = await publishOpportunity(env().db, town, { title: 'Hausaufgabenbetreuung (Entwurf)', status: 'draft', fieldSlugs: ['bildung'], placeNames: ['Gemeindehaus'] });
		ids.paused = await publishOpportunity(env().db, town, { title: 'Hausaufgaben am Samstag', status: 'paused', placeNames: ['Gemeindehaus'] });
	});

	const search = async (query: TOpportunitySearch) => valueOf(await searchOpportunities(env().ctx(tenant), query));
	const found = async (query: TOpportunitySearch) => (await search({ per_page: 100, ...query })).items.map((item) => item.id);
	const keysOf = (list: string[]) => list.map((id) => Object.entries(ids).find(([, v]) => v === id)?.[0]);

	const relevance: [string, string[], string][] = [
		['Hausaufgaben', ['homework'], 'a compound\'s first part finds it ("Hausaufgaben" → "Hausaufgabenhilfe")'],
		['Hausaufgabenhilfe', ['homework'], 'the whole word'],
		['Hausaufgabnhilfe', ['homework'], 'a typo inside the compound'],
		['hausaufgaben hilfe', ['homework'], 'the compound typed apart'],
		['Nachhilfe', ['tutoring'], "a compound's last part"],
		['Lesepate', ['reading'], 'a word of the title'],
		['Vorlesen', ['reading'], 'a word of the tasks'],
		['Sprachkafe', ['cafe'], 'a typo and the é folded'],
		['Stadtfest', ['festival'], 'a compound in the title'],
		['Naturschutzbund', ['toads'], "the organisation's name"],
		['Hafen', ['dyke', 'cafe'], 'a district word: the title first, then what takes place in the district'],
		['Senioren fahren', ['driving'], 'a field word and a task word'],
		['Umwelt', ['dyke', 'toads', 'trees'], 'a field of activity'],
		['Nordfeld', ['homework', 'toads', 'trees'], 'a district and the place named after it']
	];
	for (const [q, expected, why] of relevance)
		it(`"${q}" → ${expected.join(', ')}: ${why}`, async () => {
			const top = keysOf((await found({ q })).slice(0, expected.length));
			if (expected.length === 1) expect(top).toEqual(expected);
			else expect(new Set(top)).toEqual(new Set(expected));
		});

	it('shows published opportunities only', async () => {
		const all = await found({});
		expect(all).toHaveLength(10);
		expect(all).not.toContain(ids.draft);
		expect(all).not.toContain(ids.paused);
		expect(await found({ q: 'Entwurf' })).toEqual([]);
	});

	it('finds nothing for nonsense and counts the search, by its words and filters only', async () => {
		expect(await found({ q: 'Quastenflosser' })).toEqual([]);
		expect(await found({ q: 'quastenflosser', category: 'bildung', near: '54.5,9.5' })).toEqual([]);
		await found({ q: 'Quastenflosser' });
		const rows = await env()
			.db.select()
			.from(searchDemand)
			.where(and(eq(searchDemand.tenantId, tenant.id), eq(searchDemand.words, 'quastenflosser')));
		expect(rows.map((r) => [r.filters, r.count]).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
			[{ category: 'bildung', near: '1' }, 1],
			[{}, 2]
		]);
	});

	it('suggests which part of an empty search to leave out, with what that would find', async () => {
		const answer = await search({ q: 'Deichputz', youth: true });
		expect(answer.total).toBe(0);
		expect(answer.widen).toEqual([
			{ drop: 'q', total: 1 },
			{ drop: 'youth', total: 1 }
		]);
		// Only the parts whose leaving out finds something are suggested.
		expect((await search({ q: 'Deichputz', category: 'bildung', youth: true })).widen).toEqual([{ drop: 'q', total: 1 }]);
		expect((await search({ q: 'Deichputz' })).widen).toEqual([]);
	});

	it('filters by field, district, commitment, target group, online, youth', async () => {
		expect(new Set(keysOf(await found({ category: 'bildung' })))).toEqual(new Set(['homework', 'reading', 'tutoring']));
		expect(new Set(keysOf(await found({ district: 'hafen' })))).toEqual(new Set(['dyke', 'cafe']));
		expect(new Set(keysOf(await found({ commitment: 'once' })))).toEqual(new Set(['dyke', 'trees']));
		expect(keysOf(await found({ target_group: 'seniors' }))).toEqual(['driving']);
		expect(keysOf(await found({ online: true }))).toEqual(['tutoring']);
		expect(keysOf(await found({ youth: true }))).toEqual(['homework']);
		expect(keysOf(await found({ q: 'Kinder', category: 'bildung', district: 'nordfeld' }))).toEqual(['homework']);
	});

	it('"diese Woche": a date in the coming seven days, a weekly schedule, or spontaneous', async () => {
		expect(new Set(keysOf(await found({ this_week: true })))).toEqual(new Set(['homework', 'dyke', 'festival']));
	});

	it('measures the distance to the nearest place; online ones have none and stay within every radius', async () => {
		const answer = await search({ near: '54.5,9.5', radius_km: 2, per_page: 100 });
		expect(answer.sort).toBe('distance');
		expect(new Set(keysOf(answer.items.map((i) => i.id)))).toEqual(new Set(['reading', 'driving', 'festival', 'choir', 'tutoring']));
		expect(answer.items.at(-1)?.id).toBe(ids.tutoring);
		expect(answer.items.at(-1)?.distanceKm).toBeNull();
		expect(answer.items[0].distanceKm).toBe(0);
		const far = (await search({ near: '54.5,9.5', per_page: 100 })).items;
		const toads = far.find((i) => i.id === ids.toads)!;
		// 54.56,9.45 from 54.5,9.5: about 7.4 km.
		expect(toads.distanceKm).toBeGreaterThan(7);
		expect(toads.distanceKm).toBeLessThan(8);
		expect(far.map((i) => i.distanceKm ?? Infinity)).toEqual([...far.map((i) => i.distanceKm ?? Infinity)].sort((a, b) => a - b));
	});

	it('a postcode the address table does not know selects the districts of its places', async () => {
		const answer = await search({ plz: '24999', per_page: 100 });
		expect(answer.near).toBe('district');
		expect(new Set(keysOf(answer.items.map((i) => i.id)))).toEqual(new Set(['reading', 'driving', 'festival', 'choir']));
	});

	it('counts facets with the other filters applied', async () => {
		const { facets, total } = await search({ category: 'bildung' });
		expect(total).toBe(3);
		const count = (values: { value: string; count: number }[], value: string) => values.find((v) => v.value === value)?.count;
		// The field facet ignores the field filter: a person sees what choosing another field would give.
		expect(count(facets.category, 'umwelt')).toBe(3);
		expect(count(facets.category, 'bildung')).toBe(3);
		expect(count(facets.commitment, 'regular')).toBe(2);
		expect(count(facets.commitment, 'project')).toBe(1);
		expect(count(facets.commitment, 'once')).toBeUndefined();
		expect(count(facets.district, 'nordfeld')).toBe(1);
		expect(facets.online).toBe(1);
		expect(facets.category.find((v) => v.value === 'bildung')?.name).toBe('Bildung');
	});

	it('pages and sorts by newest', async () => {
		const first = await search({ per_page: 3 });
		expect(first.sort).toBe('newest');
		expect(keysOf(first.items.map((i) => i.id))).toEqual(['homework', 'reading', 'dyke']);
		expect(first.total).toBe(10);
		const second = await search({ per_page: 3, page: 2 });
		expect(keysOf(second.items.map((i) => i.id))).toEqual(['driving', 'tutoring', 'festival']);
		const beyond = await search({ per_page: 3, page: 9 });
		expect(beyond.items).toEqual([]);
		expect(beyond.total).toBe(10);
		expect(keysOf((await search({ q: 'Kinder', sort: 'newest' })).items.map((i) => i.id))[0]).toBe('homework');
	});

	it('gives each result its organisation, places with positions and fields', async () => {
		const [item] = (await search({ q: 'Deichputz' })).items;
		expect(item.organisation.name).toBe('Lernhilfe Lindau e. V.');
		expect(item.places).toEqual([expect.objectContaining({ name: 'Hafenbüro', district: 'Hafen', lat: 54.53, lng: 9.55 })]);
		expect(item.fields).toEqual([{ slug: 'umwelt', name: 'Umwelt & Naturschutz' }]);
		expect(item.town).toBeNull();
	});

	it('refuses bad parameters with field errors', async () => {
		const answer = await searchOpportunities(env().ctx(tenant), { radius_km: '500', commitment: 'sometimes' });
		expect(answer).toMatchObject({ ok: false, error: 'invalid', fields: { radius_km: 'esearch.error.radius', commitment: 'error.choose_one' } });
	});

	it('shows one published opportunity; a draft is not found', async () => {
		const shown = valueOf(await showPublishedOpportunity(env().ctx(tenant), { opportunityId: ids.driving }));
		expect(shown).toMatchObject({ title: 'Fahrdienst für Senior*innen', requirements: ['driving_licence'], tasks: 'Ältere Menschen zum Arzt fahren' });
		expect(await showPublishedOpportunity(env().ctx(tenant), { opportunityId: ids.draft })).toMatchObject({ ok: false, error: 'not_found' });
	});

	it('puts spontaneous and one-off opportunities first on the home page', async () => {
		const current = await currentOpportunities(env().ctx(tenant), 4);
		expect(keysOf(current.map((i) => i.id))).toEqual(['festival', 'dyke', 'trees', 'homework']);
	});

	it("a district (Kreis) finds its member municipalities' opportunities, each marked with its town", async () => {
		const kreis = await createTenant(env().db, {
			slug: `kreis-${tenant.slug}`,
			name: 'Kreis Seeland',
			kind: 'district',
			state: 'SH',
			officeName: 'Kreis',
			officeEmail: `kreis@${tenant.slug}.example`,
			isDefault: false
		});
		await env().db.update(tenants).set({ parentId: kreis.id }).where(eq(tenants.id, tenant.id));
		const answer = valueOf(await searchOpportunities(env().ctx(kreis), { q: 'Hausaufgaben' }));
		expect(answer.items.map((i) => i.id)).toEqual([ids.homework]);
		expect(answer.items[0].town).toEqual({ name: 'Lindau am See', slug: tenant.slug });
		// The town's name is a search word in the district.
		expect(valueOf(await searchOpportunities(env().ctx(kreis), { q: 'Lindau' })).total).toBe(10);
		await env().db.execute(sql`update tenants set parent_id = null where id = ${tenant.id}`);
	});
});
