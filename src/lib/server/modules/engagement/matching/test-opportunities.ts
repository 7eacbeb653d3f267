import { and, eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import type { Tenant } from '$lib/server/core/tenants';
import { geocodeAddressesTable, categoriesTable, districtsTable, placesTable } from '$lib/server/modules/directory';
import { testSquare } from '$lib/server/testing/geometry';
import { opportunities, opportunityFields, opportunityPlaces } from '../schema';

/*
 * Published opportunities written straight into the tables, for the matching tests: the
 * opportunities' own use cases are not what these tests are about.
 */

/** A field of activity the town starts with, by its slug ("umwelt", "sport"). */
export async function fieldId(db: Db, tenant: Tenant, slug: string): Promise<string> {
	const [row] = await db
		.select({ id: categoriesTable.id })
		.from(categoriesTable)
		.where(and(eq(categoriesTable.tenantId, tenant.id), eq(categoriesTable.slug, slug)));
	if (!row) throw new Error(`no field ${slug}`);
	return row.id;
}

export async function district(db: Db, tenant: Tenant, name: string): Promise<string> {
	const [row] = await db.insert(districtsTable).values({ tenantId: tenant.id, slug: name.toLowerCase(), name, geometry: testSquare }).returning({ id: districtsTable.id });
	return row.id;
}

export async function place(db: Db, tenant: Tenant, values: { organisationId: string; lat: number; lng: number; districtId?: string; postcode?: string }): Promise<string> {
	const [row] = await db
		.insert(placesTable)
		.values({ tenantId: tenant.id, name: `Ort ${values.lat}`, postcode: values.postcode ?? '', ...values })
		.returning({ id: placesTable.id });
	return row.id;
}

/** An address of the town's address table, which gives a postcode its position. */
export async function address(db: Db, tenant: Tenant, postcode: string, lat: number, lng: number): Promise<void> {
	await db.insert(geocodeAddressesTable).values({ tenantId: tenant.id, postcode, streetKey: `strasse ${lat}`, houseNumber: '1', lat, lng });
}

export async function publishedOpportunity(
	db: Db,
	tenant: Tenant,
	values: Partial<typeof opportunities.$inferInsert> & { organisationId: string; placeIds?: string[]; fieldIds?: string[] }
): Promise<string> {
	const { placeIds = [], fieldIds = [], ...columns } = values;
	const [row] = await db
		.insert(opportunities)
		.values({ title: 'Ein Angebot', commitment: 'regular', status: 'published', publishedAt: new Date(), online: placeIds.length === 0, ...columns, tenantId: tenant.id })
		.returning({ id: opportunities.id });
	if (placeIds.length) await db.insert(opportunityPlaces).values(placeIds.map((placeId) => ({ tenantId: tenant.id, opportunityId: row.id, placeId })));
	if (fieldIds.length) await db.insert(opportunityFields).values(fieldIds.map((categoryId) => ({ tenantId: tenant.id, opportunityId: row.id, categoryId })));
	return row.id;
}
