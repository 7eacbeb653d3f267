import type { Db } from '$lib/server/db/client';
import { categoriesTable, placesTable } from '$lib/server/modules/directory';
import { opportunities, opportunityFields, opportunityPlaces } from '../schema';
import type { OpportunityStatus } from '../vocabulary';

/**
 * An opportunity written straight into the tables, for tests of applications: published by
 * default, at one place of its organisation, in the fields given.
 */
export async function insertOpportunity(
	db: Db,
	tenantId: string,
	organisationId: string,
	values: { title?: string; status?: OpportunityStatus; fieldIds?: string[]; publishedAt?: Date } = {}
): Promise<{ id: string; title: string }> {
	const status = values.status ?? 'published';
	const [row] = await db
		.insert(opportunities)
		.values({
			tenantId,
			organisationId,
			title: values.title ?? 'Helfer*innen für das Sommerfest',
			tasks: 'Aufbau, Kuchenstand, Abbau',
			commitment: 'once',
			status,
			publishedAt: status === 'published' || status === 'filled' ? (values.publishedAt ?? new Date()) : null
		})
		.returning({ id: opportunities.id, title: opportunities.title });
	const [place] = await db.insert(placesTable).values({ tenantId, organisationId, name: 'Vereinsheim' }).returning({ id: placesTable.id });
	await db.insert(opportunityPlaces).values({ tenantId, opportunityId: row.id, placeId: place.id });
	for (const categoryId of values.fieldIds ?? []) await db.insert(opportunityFields).values({ tenantId, opportunityId: row.id, categoryId });
	return row;
}

/** A field of activity of the directory, for opportunities that should count as similar. */
export async function insertField(db: Db, tenantId: string, name = 'Sport'): Promise<string> {
	const [row] = await db
		.insert(categoriesTable)
		.values({ tenantId, slug: `feld-${crypto.randomUUID().slice(0, 8)}`, nameDe: name, nameEn: name })
		.returning({ id: categoriesTable.id });
	return row.id;
}
