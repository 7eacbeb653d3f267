import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { categories, places } from '../modules/directory/schema';
import { organisations } from '../core/organisations/schema';
import { opportunities, opportunityFields, opportunityPlaces } from '../modules/engagement/schema';
import { FULL_WEEK, welcomeGroups, type Commitment } from '../modules/engagement/vocabulary';
import { seededRandom } from './synthetic';

/** What volunteers do, with the fields of activity it belongs to: titles and tasks are built from these. */
const activities: { title: string; tasks: string; fields: string[] }[] = [
	{ title: 'Hausaufgabenhilfe', tasks: 'Kinder bei den Hausaufgaben begleiten und beim Lernen ermutigen', fields: ['bildung', 'kinder-jugend'] },
	{ title: 'Lesepatenschaft', tasks: 'Vorlesen in Kita und Grundschule, Freude an Büchern wecken', fields: ['bildung', 'kinder-jugend'] },
	{ title: 'Übungsleitung Kinderturnen', tasks: 'Turnstunden vorbereiten und anleiten, Geräte aufbauen', fields: ['sport', 'kinder-jugend'] },
	{ title: 'Trainingshilfe Fußball', tasks: 'Das Training der Jugendmannschaft unterstützen, Spiele begleiten', fields: ['sport', 'kinder-jugend'] },
	{ title: 'Besuchsdienst im Pflegeheim', tasks: 'Bewohnerinnen und Bewohner besuchen, spazieren gehen, erzählen', fields: ['senioren', 'gesundheit'] },
	{ title: 'Einkaufshilfe für Nachbarn', tasks: 'Einkäufe für ältere Nachbarinnen erledigen, Rezepte abholen', fields: ['nachbarschaft', 'senioren'] },
	{ title: 'Helfen bei der Tafel', tasks: 'Lebensmittel abholen, sortieren und ausgeben', fields: ['soziales'] },
	{ title: 'Repair-Café', tasks: 'Elektrogeräte, Fahrräder und Kleidung gemeinsam reparieren', fields: ['umwelt', 'nachbarschaft'] },
	{ title: 'Deichputz', tasks: 'Müll am Deich und am Strand sammeln, Säcke tragen', fields: ['umwelt'] },
	{ title: 'Sprachcafé', tasks: 'Deutsch im Gespräch üben, Alltagsfragen beantworten', fields: ['migration', 'bildung'] },
	{ title: 'Behördenbegleitung', tasks: 'Geflüchtete zu Ämtern begleiten und beim Ausfüllen von Formularen helfen', fields: ['migration', 'soziales'] },
	{ title: 'Tierpflege im Tierheim', tasks: 'Hunde ausführen, Katzen versorgen, Gehege reinigen', fields: ['tierschutz'] },
	{ title: 'Kassenwart gesucht', tasks: 'Die Vereinskasse führen und den Jahresabschluss vorbereiten', fields: ['kultur', 'sport', 'soziales'] },
	{ title: 'Öffentlichkeitsarbeit', tasks: 'Texte und Fotos für Website und soziale Medien erstellen', fields: ['kultur', 'politik'] },
	{ title: 'Fahrdienst Bürgerbus', tasks: 'Den Bürgerbus fahren und Fahrgästen beim Einsteigen helfen', fields: ['nachbarschaft', 'senioren'] },
	{ title: 'Erste Hilfe beim Stadtfest', tasks: 'Den Sanitätsdienst beim Stadtfest verstärken', fields: ['rettung', 'gesundheit'] },
	{ title: 'Mittagstisch kochen', tasks: 'Gemeinsam kochen, Tische decken und abräumen', fields: ['soziales', 'senioren'] },
	{ title: 'Spielplatzpatenschaft', tasks: 'Nach dem Spielplatz sehen und Schäden melden', fields: ['kinder-jugend', 'nachbarschaft'] },
	{ title: 'Chorbegleitung am Klavier', tasks: 'Proben am Klavier begleiten', fields: ['kultur'] },
	{ title: 'Digitalsprechstunde', tasks: 'Älteren Menschen Smartphone und Tablet erklären', fields: ['senioren', 'bildung'] },
	{ title: 'Familienpatenschaft', tasks: 'Eine junge Familie im Alltag entlasten, mit den Kindern spielen', fields: ['familie'] },
	{ title: 'Baumpflanzaktion', tasks: 'Bäume und Hecken pflanzen, gießen und pflegen', fields: ['umwelt'] },
	{ title: 'Telefonkette', tasks: 'Einsame Menschen regelmäßig anrufen und zuhören', fields: ['senioren', 'nachbarschaft'] },
	{ title: 'Übersetzen beim Elterncafé', tasks: 'Zwischen Eltern und Schule übersetzen', fields: ['migration', 'familie'] }
];
const occasions = ['', '', ' am Nachmittag', ' am Wochenende', ' am Abend', ' in den Ferien', ' für Jugendliche', ' mit Senior*innen'];
/** Regular ones most often, as in a Freiwilligenagentur's list. */
const commitmentWeights: Commitment[] = ['regular', 'regular', 'regular', 'regular', 'project', 'project', 'once', 'once', 'spontaneous'];

/**
 * Published opportunities for benchmarks (`seed:synthetic -- --opportunities N`): built from the
 * town's synthetic organisations and their places, deterministic for the same counts and seed.
 * One in seven is online; one in ten is not published. Inserted in batches of a thousand.
 */
export async function seedSyntheticOpportunities(db: Db, tenantId: string, count: number, seed = 1): Promise<{ published: number }> {
	const rnd = seededRandom(seed * 104_729 + count);
	const orgs = await db
		.select({ id: organisations.id })
		.from(organisations)
		.where(and(eq(organisations.tenantId, tenantId), eq(organisations.status, 'published')))
		.orderBy(organisations.sortKey, organisations.email);
	if (!orgs.length) throw new Error('seedSyntheticOpportunities needs published organisations first');
	const placeRows = await db
		.select({ id: places.id, organisationId: places.organisationId })
		.from(places)
		.where(
			and(
				eq(places.tenantId, tenantId),
				inArray(
					places.organisationId,
					orgs.map((o) => o.id)
				)
			)
		)
		.orderBy(places.name, places.street, places.id);
	const placesOf = new Map<string, string[]>();
	for (const p of placeRows) placesOf.set(p.organisationId, [...(placesOf.get(p.organisationId) ?? []), p.id]);
	const categoryId = new Map((await db.select().from(categories).where(eq(categories.tenantId, tenantId))).map((c) => [c.slug, c.id]));

	const now = Date.now();
	const day = 86_400_000;
	let published = 0;
	for (let start = 0; start < count; start += 1000) {
		const size = Math.min(1000, count - start);
		const rows: (typeof opportunities.$inferInsert)[] = [];
		const placeLinks: (typeof opportunityPlaces.$inferInsert)[] = [];
		const fieldLinks: (typeof opportunityFields.$inferInsert)[] = [];
		for (let i = 0; i < size; i++) {
			const k = start + i;
			const id = randomUUID();
			const activity = rnd.pick(activities);
			const organisationId = orgs[Math.floor(rnd.next() * orgs.length)].id;
			const ownPlaces = placesOf.get(organisationId) ?? [];
			const online = !ownPlaces.length || rnd.next() < 1 / 7;
			const commitment = rnd.pick(commitmentWeights);
			const status = rnd.next() < 0.9 ? 'published' : rnd.pick(['draft', 'paused', 'filled'] as const);
			const publishedAt = status === 'draft' ? null : new Date(now - Math.floor(rnd.next() * 170) * day - (k % 86_400) * 1000);
			if (status === 'published') published++;
			const youth = rnd.next() < 0.25;
			rows.push({
				tenantId,
				id,
				organisationId,
				title: `${activity.title}${rnd.pick(occasions)}`,
				tasks: `${activity.tasks}.`,
				description: `Wir suchen Unterstützung: ${activity.tasks}. Eine Einarbeitung ist selbstverständlich.`,
				commitment,
				hoursPerMonth: commitment === 'regular' ? 2 + Math.floor(rnd.next() * 20) : null,
				schedule: commitment === 'regular' ? Math.floor(rnd.next() * FULL_WEEK) & Math.floor(rnd.next() * FULL_WEEK) : 0,
				dates: commitment === 'once' && publishedAt ? [{ date: new Date(now + (1 + Math.floor(rnd.next() * 60)) * day).toISOString().slice(0, 10) }] : [],
				minAge: youth ? 14 : rnd.next() < 0.3 ? 18 : null,
				forYouth14: youth,
				targetGroups: rnd.next() < 0.5 ? rnd.some(welcomeGroups, 2) : [],
				online,
				status,
				publishedAt,
				expiresAt: publishedAt ? new Date(publishedAt.getTime() + 182 * day) : null,
				contactName: 'Synthetische Ansprechperson',
				contactEmail: `angebot-${k}@synth.example`
			});
			if (!online || rnd.next() < 0.2) for (const placeId of ownPlaces.length ? rnd.some(ownPlaces, 2) : []) placeLinks.push({ tenantId, opportunityId: id, placeId });
			for (const slug of rnd.some(activity.fields, 2)) {
				const categoryIdOf = categoryId.get(slug);
				if (categoryIdOf) fieldLinks.push({ tenantId, opportunityId: id, categoryId: categoryIdOf });
			}
		}
		await db.insert(opportunities).values(rows);
		if (placeLinks.length) await db.insert(opportunityPlaces).values(placeLinks).onConflictDoNothing();
		if (fieldLinks.length) await db.insert(opportunityFields).values(fieldLinks).onConflictDoNothing();
	}
	return { published };
}
