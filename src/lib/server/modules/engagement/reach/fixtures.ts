// Test data for the reach tests: written directly, independent of the opportunity use cases.
import { randomUUID } from 'node:crypto';
import type { Db } from '$lib/server/db/client';
import type { Tenant } from '$lib/server/core/tenants';
import { categoriesTable, districtsTable, placesTable } from '$lib/server/modules/directory';
import { testSquare } from '$lib/server/testing/geometry';
import { opportunities, opportunityFields, opportunityPlaces } from '../schema';

export interface ReachTown {
	organisationId: string;
	placeId: string;
	/** A second place of the organisation, in no district. */
	otherPlaceId: string;
	districtSlug: string;
	categoryId: string;
	categorySlug: string;
}

/** A club with a place in the district "Hafen" and one outside, and the field "Bildung". */
export async function reachTown(db: Db, tenant: Tenant, organisationId: string): Promise<ReachTown> {
	const suffix = randomUUID().slice(0, 6);
	const [district] = await db
		.insert(districtsTable)
		.values({ tenantId: tenant.id, slug: `hafen-${suffix}`, name: 'Hafen', geometry: testSquare })
		.returning();
	const [place] = await db
		.insert(placesTable)
		.values({ tenantId: tenant.id, organisationId, name: 'Stadtteiltreff', street: 'Hafenstraße 1', districtId: district.id, lat: 54.05, lng: 9.05 })
		.returning();
	const [other] = await db.insert(placesTable).values({ tenantId: tenant.id, organisationId, name: 'Sportplatz', city: 'Nordaue' }).returning();
	const [field] = await db
		.insert(categoriesTable)
		.values({ tenantId: tenant.id, slug: `bildung-${suffix}`, nameDe: 'Bildung', nameEn: 'Education' })
		.returning();
	return { organisationId, placeId: place.id, otherPlaceId: other.id, districtSlug: district.slug, categoryId: field.id, categorySlug: field.slug };
}

/** A published opportunity (unless told otherwise) at the given places and in the given fields. */
export async function insertOpportunity(
	db: Db,
	tenant: Tenant,
	values: Partial<typeof opportunities.$inferInsert> & { organisationId: string; placeIds?: string[]; fieldIds?: string[] }
): Promise<string> {
	const { placeIds = [], fieldIds = [], ...columns } = values;
	const [row] = await db
		.insert(opportunities)
		.values({ title: 'Angebot', commitment: 'regular', status: 'published', publishedAt: new Date(), ...columns, tenantId: tenant.id })
		.returning({ id: opportunities.id });
	if (placeIds.length) await db.insert(opportunityPlaces).values(placeIds.map((placeId) => ({ tenantId: tenant.id, opportunityId: row.id, placeId })));
	if (fieldIds.length) await db.insert(opportunityFields).values(fieldIds.map((categoryId) => ({ tenantId: tenant.id, opportunityId: row.id, categoryId })));
	return row.id;
}
