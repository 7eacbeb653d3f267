import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { createTenant } from '../core/tenants';
import { hashPassword } from '../core/accounts';
import { accounts, roleAssignments } from '../core/accounts/schema';
import { auditLog } from '../core/audit/schema';
import { categories, districts, organisationCategories, places } from '../modules/directory/schema';
import { organisations } from '../core/organisations/schema';
import { defaultCategories, languages, targetGroups, accessibilityFeatures, type OrganisationKind } from '../modules/directory/vocabulary';
import { districtAt } from '../modules/directory/places/geo';
import { seedSyntheticOpportunities } from './synthetic-engagement';

export interface SyntheticCounts {
	tenants: number;
	/** Accounts per tenant. */
	accounts: number;
	/** Organisations per tenant; places follow (about 1.3 per organisation). */
	organisations?: number;
	/** Opportunities of the Freiwilligenbörse per tenant, at the organisations' places. */
	opportunities?: number;
}

const firstNames = ['Anna', 'Ben', 'Clara', 'Deniz', 'Emil', 'Fatma', 'Greta', 'Hannes', 'Ida', 'Jonas', 'Karla', 'Lukas', 'Mila', 'Noah', 'Olga', 'Paul'];
const lastNames = ['Albers', 'Bräuer', 'Carstensen', 'Dietrich', 'Eggers', 'Friedrichsen', 'Günther', 'Hansen', 'Iversen', 'Jürgensen', 'Kaya', 'Lorenzen'];

/** Bulk data for benchmarks: N towns with M accounts each, a few roles and audit entries. */
export async function seedSynthetic(db: Db, counts: SyntheticCounts, log: (line: string) => void = () => {}): Promise<void> {
	const passwordHash = await hashPassword('Synthetisch-Nur-Zum-Messen-1');
	const { rows } = (await db.execute(sql`select count(*)::int as n from tenants where slug like 'synth-%'`)) as unknown as { rows: { n: number }[] };
	const offset = rows[0]?.n ?? 0;
	for (let t = 0; t < counts.tenants; t++) {
		const n = offset + t + 1;
		const tenant = await createTenant(db, {
			slug: `synth-${n}`,
			name: `Synthetikstadt ${n}`,
			kind: 'municipality',
			state: 'NW',
			officeName: `Synthetikstadt ${n} – Engagementförderung`,
			officeEmail: `buero@synth-${n}.example`
		});
		for (let start = 0; start < counts.accounts; start += 1000) {
			const batch = Array.from({ length: Math.min(1000, counts.accounts - start) }, (_, i) => {
				const k = start + i;
				return {
					tenantId: tenant.id,
					email: `person${k}@synth-${n}.example`,
					displayName: `${firstNames[k % firstNames.length]} ${lastNames[(k * 7) % lastNames.length]}`,
					passwordHash,
					emailVerifiedAt: new Date()
				};
			});
			const inserted = await db.insert(accounts).values(batch).returning({ id: accounts.id });
			const staff = inserted.filter((_, i) => (start + i) % 50 === 0);
			if (staff.length) {
				await db.insert(roleAssignments).values(staff.map((a, i) => ({ tenantId: tenant.id, accountId: a.id, role: i % 2 ? ('partner' as const) : ('coordinator' as const) })));
				await db.insert(auditLog).values(
					staff.map((a) => ({
						tenantId: tenant.id,
						actorId: inserted[0].id,
						action: 'role.assigned',
						entityType: 'account',
						entityId: a.id,
						before: { roles: [] },
						after: { roles: ['coordinator'] }
					}))
				);
			}
		}
		log(`${tenant.name}: ${counts.accounts} Konten`);
		if (counts.organisations) {
			const made = await seedSyntheticDirectory(db, tenant.id, counts.organisations, n);
			log(`${tenant.name}: ${counts.organisations} Organisationen, ${made.places} Orte`);
		}
		if (counts.opportunities) {
			const { published } = await seedSyntheticOpportunities(db, tenant.id, counts.opportunities, n);
			log(`${tenant.name}: ${counts.opportunities} Engagementangebote, davon ${published} veröffentlicht`);
		}
	}
}

/* ------------------------------------------------------------------ directory */

/** A small deterministic random source, so two runs with the same counts give the same data. */
export function seededRandom(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
	const some = <T>(list: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(next() * max) }, () => pick(list)))];
	return { next, pick, some };
}

/** Name patterns with their kind and fields of activity, so names, kinds and fields fit together. */
const patterns: { kind: OrganisationKind; names: string[]; fields: string[]; activity: string[] }[] = [
	{
		kind: 'club',
		names: ['Turn- und Sportverein', 'Sportverein', 'Tennisclub', 'Schwimmverein', 'Reitverein', 'Ruderclub', 'Handballverein', 'Tischtennisverein'],
		fields: ['sport', 'kinder-jugend', 'gesundheit'],
		activity: ['Training', 'Übungsleitung', 'Sportfest', 'Jugendmannschaft', 'Turnier']
	},
	{
		kind: 'club',
		names: ['Gesangverein', 'Musikverein', 'Spielmannszug', 'Theaterverein', 'Kulturverein', 'Heimatverein', 'Kunstverein'],
		fields: ['kultur', 'bildung'],
		activity: ['Probe', 'Konzert', 'Ausstellung', 'Aufführung', 'Chronik']
	},
	{
		kind: 'club',
		names: ['Kleingartenverein', 'Imkerverein', 'Angelverein', 'Naturschutzverein', 'Tierschutzverein'],
		fields: ['umwelt', 'tierschutz'],
		activity: ['Arbeitseinsatz', 'Pflanzaktion', 'Tierpflege', 'Naturführung']
	},
	{
		kind: 'club',
		names: ['Förderverein der Grundschule', 'Förderverein der Feuerwehr', 'Bürgerverein', 'Seniorenverein', 'Hospizverein'],
		fields: ['bildung', 'rettung', 'nachbarschaft', 'senioren', 'gesundheit'],
		activity: ['Schulfest', 'Übung', 'Besuchsdienst', 'Begleitung', 'Stadtteilfest']
	},
	{
		kind: 'initiative',
		names: ['Nachbarschaftshilfe', 'Repair-Café', 'Lesepaten', 'Willkommensinitiative', 'Bürgerbus', 'Kleiderkammer', 'Umweltgruppe'],
		fields: ['nachbarschaft', 'umwelt', 'migration', 'bildung'],
		activity: ['Reparieren', 'Vorlesen', 'Begleitung', 'Sprachcafé', 'Fahrdienst']
	},
	{
		kind: 'institution',
		names: ['Mehrgenerationenhaus', 'Stadtteilbücherei', 'Jugendzentrum', 'Familienzentrum', 'Pflegeheim', 'Volkshochschule'],
		fields: ['familie', 'senioren', 'kinder-jugend', 'bildung', 'gesundheit'],
		activity: ['Mittagstisch', 'Hausaufgabenhilfe', 'Spielgruppe', 'Vorlesestunde', 'Besuch']
	},
	{
		kind: 'migrant_organisation',
		names: ['Türkisch-Deutscher Kulturverein', 'Ukrainischer Verein', 'Arabischer Elternverein', 'Polnischer Kulturkreis', 'Afghanischer Familienverein'],
		fields: ['migration', 'kultur', 'familie'],
		activity: ['Beratung', 'Samstagsschule', 'Kulturabend', 'Übersetzung']
	},
	{ kind: 'foundation', names: ['Bürgerstiftung', 'Stiftung Kinderglück', 'Kulturstiftung'], fields: ['soziales', 'bildung', 'kultur'], activity: ['Förderung', 'Stiftungsrat', 'Projektauswahl'] },
	{
		kind: 'parish',
		names: ['Ev. Kirchengemeinde', 'Kath. Pfarrgemeinde', 'Freie Gemeinde'],
		fields: ['soziales', 'senioren', 'kinder-jugend'],
		activity: ['Besuchsdienst', 'Jugendgruppe', 'Kirchenchor', 'Mittagstisch']
	},
	{
		kind: 'company',
		names: ['Stadtwerke', 'Bäckerei', 'Autohaus', 'Handwerksbetrieb', 'Softwarehaus'],
		fields: ['umwelt', 'soziales', 'bildung'],
		activity: ['Aktionstag', 'Spende', 'Ausbildung', 'Firmenlauf']
	},
	{
		kind: 'contact_point',
		names: ['Freiwilligenagentur', 'Seniorenbüro', 'Familienbüro', 'Integrationszentrum', 'Jugendbüro', 'Umweltzentrum'],
		fields: ['soziales', 'senioren', 'familie', 'migration', 'kinder-jugend', 'umwelt'],
		activity: ['Beratung', 'Vermittlung', 'Schulung', 'Sprechstunde']
	}
];
/** How often each pattern occurs: mostly clubs, as in a real register. */
const patternWeights = [14, 6, 5, 6, 8, 5, 3, 1, 3, 2, 2];
const placeNames = [
	'Nord',
	'Süd',
	'Ost',
	'West',
	'Mitte',
	'Altstadt',
	'Hafen',
	'Oberdorf',
	'Unterdorf',
	'am Markt',
	'am See',
	'am Wald',
	'Bergheim',
	'Neustadt',
	'Lindenhof',
	'Mühlenau',
	'Am Deich',
	'Kirchberg',
	'Heide',
	'Bruch'
];
const districtNames = ['Nordstadt', 'Oststadt', 'Südstadt', 'Weststadt', 'Mitte', 'Hafen', 'Heide', 'Bergheim', 'Neustadt'];
const streetNames = ['Hauptstraße', 'Bahnhofstraße', 'Kirchweg', 'Schulstraße', 'Am Markt', 'Gartenstraße', 'Lindenallee', 'Mühlenweg', 'Feldstraße', 'Hafenstraße'];
const sentences = [
	'Wir suchen Menschen, die bei {activity} mithelfen.',
	'Neue Mitglieder sind herzlich willkommen, Vorkenntnisse brauchen Sie nicht.',
	'Ehrenamtliche übernehmen bei uns {activity} und Öffentlichkeitsarbeit.',
	'Einmal im Monat laden wir zu {activity} ein.',
	'Für unseren Vorstand suchen wir eine Nachfolge.',
	'Wir treffen uns jede Woche und freuen uns über Unterstützung bei {activity}.'
];

const BATCH = 1000;

/** Organisations with categories and places (about 1.3 each) in a town of nine square districts. */
export async function seedSyntheticDirectory(db: Db, tenantId: string, count: number, seed = 1): Promise<{ places: number }> {
	const rnd = seededRandom(seed * 7919 + count);
	await db
		.insert(categories)
		.values(defaultCategories.map((c, position) => ({ tenantId, slug: c.slug, nameDe: c.de, nameEn: c.en, position })))
		.onConflictDoNothing();
	const categoryId = new Map((await db.select().from(categories).where(eq(categories.tenantId, tenantId))).map((c) => [c.slug, c.id]));

	// A 3 × 3 grid of districts, each 0.04° high and 0.06° wide, somewhere in Germany.
	const [lat0, lng0] = [50 + (seed % 5), 7 + (seed % 7)];
	const districtRows = await db
		.insert(districts)
		.values(
			districtNames.map((name, i) => {
				const [x, y] = [lng0 + (i % 3) * 0.06, lat0 + Math.floor(i / 3) * 0.04];
				return {
					tenantId,
					slug: name.toLowerCase().replace('ü', 'ue'),
					name,
					geometry: {
						type: 'Polygon',
						coordinates: [
							[
								[x, y],
								[x + 0.06, y],
								[x + 0.06, y + 0.04],
								[x, y + 0.04],
								[x, y]
							]
						]
					}
				};
			})
		)
		.onConflictDoNothing()
		.returning();
	const allDistricts = districtRows.length ? districtRows : await db.select().from(districts).where(eq(districts.tenantId, tenantId));

	const weighted = patterns.flatMap((p, i) => Array(patternWeights[i]).fill(p) as (typeof patterns)[number][]);
	let placeCount = 0;
	for (let start = 0; start < count; start += BATCH) {
		const size = Math.min(BATCH, count - start);
		const orgRows: (typeof organisations.$inferInsert)[] = [];
		const links: (typeof organisationCategories.$inferInsert)[] = [];
		const placeRows: (typeof places.$inferInsert)[] = [];
		for (let i = 0; i < size; i++) {
			const k = start + i;
			const pattern = rnd.pick(weighted);
			const id = randomUUID();
			const where = rnd.pick(placeNames);
			const base = rnd.pick(pattern.names);
			const name = `${base} ${where}${pattern.kind === 'club' || pattern.kind === 'migrant_organisation' ? ` ${k % 7 === 0 ? `von ${1880 + (k % 140)} ` : ''}e. V.` : ''}`.replace(/\s+/g, ' ');
			const activity = rnd.pick(pattern.activity);
			const description = Array.from({ length: 2 + Math.floor(rnd.next() * 3) }, () => rnd.pick(sentences).replace('{activity}', activity)).join(' ');
			orgRows.push({
				tenantId,
				id,
				status: rnd.next() < 0.96 ? 'published' : 'archived',
				name,
				shortName: k % 3 === 0 ? `${base.split(/[\s-]/)[0]} ${where}`.slice(0, 60) : '',
				kind: pattern.kind,
				description: `${base} in ${where}: ${description}`,
				street: `${rnd.pick(streetNames)} ${1 + (k % 120)}`,
				postcode: String(10000 + ((seed * 1000 + (k % 50)) % 90000)).padStart(5, '0'),
				city: `Synthetikstadt ${seed}`,
				email: `info@verein-${k}.synth-${seed}.example`,
				languages: rnd.some(languages, 2),
				accessibility: rnd.next() < 0.4 ? rnd.some(accessibilityFeatures, 2) : [],
				targetGroups: rnd.some(targetGroups, 3),
				foundingYear: pattern.kind === 'club' ? 1850 + Math.floor(rnd.next() * 170) : null,
				networkMember: rnd.next() < 0.2,
				verified: rnd.next() < 0.3,
				confirmedAt: new Date(Date.now() - Math.floor(rnd.next() * 500) * 24 * 3600 * 1000)
			});
			for (const slug of rnd.some(pattern.fields, 3)) links.push({ tenantId, organisationId: id, categoryId: categoryId.get(slug)! });
			// Every organisation has a place, three in ten a second one.
			for (let p = 0; p < (rnd.next() < 0.3 ? 2 : 1); p++) {
				const lat = Math.round((lat0 + rnd.next() * 0.12) * 1e6) / 1e6;
				const lng = Math.round((lng0 + rnd.next() * 0.18) * 1e6) / 1e6;
				placeRows.push({
					tenantId,
					organisationId: id,
					name: p === 0 ? `${base} – Treffpunkt` : `${base} – ${rnd.pick(placeNames)}`,
					street: `${rnd.pick(streetNames)} ${1 + ((k * 3 + p) % 150)}`,
					city: `Synthetikstadt ${seed}`,
					lat,
					lng,
					districtId: districtAt(allDistricts, lat, lng)?.id ?? null
				});
			}
		}
		await db.insert(organisations).values(orgRows);
		for (let i = 0; i < links.length; i += 5 * BATCH)
			await db
				.insert(organisationCategories)
				.values(links.slice(i, i + 5 * BATCH))
				.onConflictDoNothing();
		for (let i = 0; i < placeRows.length; i += BATCH) await db.insert(places).values(placeRows.slice(i, i + BATCH));
		placeCount += placeRows.length;
	}
	return { places: placeCount };
}
