import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import type { Tenant } from '$lib/server/core/tenants';
import { organisations } from '$lib/server/core/organisations/schema';
import { categoriesTable, placesTable } from '$lib/server/modules/directory';
import { opportunities, opportunityFields, opportunityPlaces } from '../schema';
import type { Commitment } from '../vocabulary';

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/**
 * A handful of published opportunities of the demo town, so that "Engagement finden" has
 * something to find in a fresh demo. Only into a town without any opportunity: the demo's full
 * set of opportunities, where it is seeded, comes first and these stay out.
 */
export async function seedSearchExamples(db: Db, town: Tenant, clubId: string): Promise<void> {
	const [any] = await db.select({ id: opportunities.id }).from(opportunities).where(eq(opportunities.tenantId, town.id)).limit(1);
	if (any) return;
	const [tafel] = await db
		.select({ id: organisations.id })
		.from(organisations)
		.where(and(eq(organisations.tenantId, town.id), eq(organisations.name, 'Lindwerder Tafel e. V.')));
	const fields = new Map((await db.select({ id: categoriesTable.id, slug: categoriesTable.slug }).from(categoriesTable).where(eq(categoriesTable.tenantId, town.id))).map((c) => [c.slug, c.id]));
	const placesOf = async (organisationId: string) =>
		(
			await db
				.select({ id: placesTable.id })
				.from(placesTable)
				.where(and(eq(placesTable.tenantId, town.id), inArray(placesTable.organisationId, [organisationId])))
		).map((p) => p.id);
	const examples: { organisationId: string; title: string; tasks: string; commitment: Commitment; field: string; online?: boolean; forYouth14?: boolean; dates?: string[]; daysAgo: number }[] = [
		{
			organisationId: clubId,
			title: 'Helfer*innen für das Sommersportfest',
			tasks: 'Stationen betreuen, Ergebnisse notieren, Kuchen verkaufen.',
			commitment: 'once',
			field: 'sport',
			dates: [inDays(5)],
			daysAgo: 1
		},
		{
			organisationId: clubId,
			title: 'Übungsleitung Kinderturnen',
			tasks: 'Jeden Dienstagnachmittag eine Gruppe von Sechs- bis Achtjährigen anleiten.',
			commitment: 'regular',
			field: 'sport',
			forYouth14: true,
			daysAgo: 3
		},
		{
			organisationId: clubId,
			title: 'Hausaufgabenhilfe im Vereinsheim',
			tasks: 'Kindern aus dem Verein bei den Hausaufgaben helfen, montags und mittwochs.',
			commitment: 'regular',
			field: 'kinder-jugend',
			daysAgo: 5
		},
		{
			organisationId: clubId,
			title: 'Vereinszeitung online gestalten',
			tasks: 'Texte und Fotos für den digitalen Vereinsbrief setzen, von zu Hause aus.',
			commitment: 'project',
			field: 'sport',
			online: true,
			daysAgo: 8
		},
		...(tafel
			? [
					{
						organisationId: tafel.id,
						title: 'Spontan bei der Lebensmittelausgabe helfen',
						tasks: 'Kisten tragen und Lebensmittel ausgeben, wann immer Sie Zeit haben.',
						commitment: 'spontaneous' as const,
						field: 'soziales',
						daysAgo: 2
					},
					{
						organisationId: tafel.id,
						title: 'Fahrerin oder Fahrer für die Abholtour',
						tasks: 'Mit dem Transporter Spenden bei Supermärkten abholen.',
						commitment: 'regular' as const,
						field: 'soziales',
						daysAgo: 12
					}
				]
			: [])
	];
	for (const example of examples) {
		const [row] = await db
			.insert(opportunities)
			.values({
				tenantId: town.id,
				organisationId: example.organisationId,
				title: example.title,
				tasks: example.tasks,
				commitment: example.commitment,
				online: example.online ?? false,
				forYouth14: example.forYouth14 ?? false,
				dates: (example.dates ?? []).map((date) => ({ date })),
				status: 'published',
				publishedAt: new Date(Date.now() - example.daysAgo * DAY)
			})
			.returning({ id: opportunities.id });
		const field = fields.get(example.field);
		if (field) await db.insert(opportunityFields).values({ tenantId: town.id, opportunityId: row.id, categoryId: field });
		if (!example.online) {
			const [place] = await placesOf(example.organisationId);
			if (place) await db.insert(opportunityPlaces).values({ tenantId: town.id, opportunityId: row.id, placeId: place });
		}
	}
}
