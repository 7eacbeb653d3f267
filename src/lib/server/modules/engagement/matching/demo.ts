import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import type { Tenant } from '$lib/server/core/tenants';
import { categoriesTable, placesTable } from '$lib/server/modules/directory';
import { organisations } from '../../../core/organisations/schema';
import { opportunities, opportunityFields, opportunityPlaces } from '../schema';
import { scheduleFromSlots } from '../vocabulary';

/** A few opportunities of the demo town's clubs, so that "Passt zu mir" has something to explain. */
const EXAMPLES: {
	organisation: string;
	title: string;
	tasks: string;
	commitment: (typeof opportunities.$inferInsert)['commitment'];
	slots: string[];
	fields: string[];
	online?: boolean;
	forYouth14?: boolean;
	minAge?: number;
}[] = [
	{
		organisation: 'Strandputz-Team Lindwerder',
		title: 'Deichputz am Samstagvormittag',
		tasks: 'Mit Greifzange und Sack Müll am Deich und am Strand sammeln; danach gibt es Tee am Deichübergang.',
		commitment: 'once',
		slots: ['sat-morning'],
		fields: ['umwelt'],
		forYouth14: true
	},
	{
		organisation: 'Kleingartenverein Mühlenau e. V.',
		title: 'Lehrgarten für Schulklassen mitbetreuen',
		tasks: 'Beete vorbereiten und Kindern zeigen, wie Gemüse wächst.',
		commitment: 'regular',
		slots: ['wed-afternoon', 'fri-afternoon'],
		fields: ['umwelt', 'kinder-jugend']
	},
	{
		organisation: 'Arbeitskreis Natur und Umwelt Lindwerder e. V.',
		title: 'Vogelzählung von zu Hause eintragen',
		tasks: 'Beobachtungen aus dem eigenen Garten in die Online-Liste eintragen, wann immer es passt.',
		commitment: 'spontaneous',
		slots: [],
		fields: ['umwelt', 'tierschutz'],
		online: true
	}
];

/**
 * Only where the town has no opportunities yet: the Freiwilligenbörse's own demo data brings many
 * more, and these then stay out.
 */
export async function seedDemoMatchingExamples(db: Db, town: Tenant): Promise<void> {
	const [any] = await db
		.select({ one: sql<number>`1` })
		.from(opportunities)
		.where(eq(opportunities.tenantId, town.id))
		.limit(1);
	if (any) return;
	const orgs = await db
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(
			and(
				eq(organisations.tenantId, town.id),
				inArray(
					organisations.name,
					EXAMPLES.map((e) => e.organisation)
				)
			)
		);
	const fields = new Map((await db.select({ id: categoriesTable.id, slug: categoriesTable.slug }).from(categoriesTable).where(eq(categoriesTable.tenantId, town.id))).map((c) => [c.slug, c.id]));
	for (const example of EXAMPLES) {
		const org = orgs.find((o) => o.name === example.organisation);
		if (!org) continue;
		const [place] = example.online
			? []
			: await db
					.select({ id: placesTable.id })
					.from(placesTable)
					.where(and(eq(placesTable.tenantId, town.id), eq(placesTable.organisationId, org.id)))
					.orderBy(asc(placesTable.sortKey))
					.limit(1);
		const [row] = await db
			.insert(opportunities)
			.values({
				tenantId: town.id,
				organisationId: org.id,
				title: example.title,
				tasks: example.tasks,
				commitment: example.commitment,
				schedule: scheduleFromSlots(example.slots),
				forYouth14: example.forYouth14 ?? false,
				minAge: example.minAge ?? null,
				online: example.online ?? !place,
				status: 'published',
				publishedAt: new Date()
			})
			.returning({ id: opportunities.id });
		if (place) await db.insert(opportunityPlaces).values({ tenantId: town.id, opportunityId: row.id, placeId: place.id });
		const ids = example.fields.map((slug) => fields.get(slug)).filter((id): id is string => !!id);
		if (ids.length) await db.insert(opportunityFields).values(ids.map((categoryId) => ({ tenantId: town.id, opportunityId: row.id, categoryId })));
	}
}
