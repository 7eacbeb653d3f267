import type { Db } from '$lib/server/db/client';
import type { Tenant } from '$lib/server/core/tenants';
import { categoriesTable, districtsTable, placesTable } from '$lib/server/modules/directory';
import { testSquare } from '$lib/server/testing/geometry';
import { opportunities, opportunityFields, opportunityPlaces } from '../schema';

/**
 * Opportunities for the tests of brokering and figures, written straight into the tables: a
 * published one by default, at a place of its organisation (in a district when one is given) and
 * in fields of activity.
 */
export async function insertOpportunity(
	db: Db,
	tenant: Tenant,
	input: { organisationId: string; title?: string; status?: (typeof opportunities.$inferInsert)['status']; publishedAt?: Date; online?: boolean; fieldIds?: string[]; placeId?: string }
): Promise<string> {
	const status = input.status ?? 'published';
	const [row] = await db
		.insert(opportunities)
		.values({
			tenantId: tenant.id,
			organisationId: input.organisationId,
			title: input.title ?? 'Lesepatenschaft in der Stadtbücherei',
			commitment: 'regular',
			status,
			online: input.online ?? false,
			publishedAt: input.publishedAt ?? (status === 'published' ? new Date() : null)
		})
		.returning({ id: opportunities.id });
	for (const categoryId of input.fieldIds ?? []) await db.insert(opportunityFields).values({ tenantId: tenant.id, opportunityId: row.id, categoryId });
	if (input.placeId) await db.insert(opportunityPlaces).values({ tenantId: tenant.id, opportunityId: row.id, placeId: input.placeId });
	return row.id;
}

export async function insertField(db: Db, tenant: Tenant, nameDe: string, position = 0): Promise<string> {
	const [row] = await db
		.insert(categoriesTable)
		.values({ tenantId: tenant.id, slug: `${nameDe.toLowerCase().replace(/\W+/g, '-')}-${position}`, nameDe, nameEn: `${nameDe} (en)`, position })
		.returning({ id: categoriesTable.id });
	return row.id;
}

export async function insertDistrict(db: Db, tenant: Tenant, name: string): Promise<string> {
	const [row] = await db
		.insert(districtsTable)
		.values({ tenantId: tenant.id, slug: name.toLowerCase().replace(/\W+/g, '-'), name, geometry: testSquare })
		.returning({ id: districtsTable.id });
	return row.id;
}

export async function insertPlace(db: Db, tenant: Tenant, organisationId: string, districtId: string | null = null): Promise<string> {
	const [row] = await db.insert(placesTable).values({ tenantId: tenant.id, organisationId, name: 'Gemeindehaus', districtId }).returning({ id: placesTable.id });
	return row.id;
}
