import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import type { Tenant } from '$lib/server/core/tenants';
import { categoriesTable, districtsTable, placesTable } from '$lib/server/modules/directory';
import { opportunities, opportunityFields, opportunityPlaces } from '../schema';

/*
 * Published opportunities written straight into the tables, for the search's tests: the
 * lifecycle's use cases are not what these tests are about.
 */

type OpportunityValues = Partial<typeof opportunities.$inferInsert>;

export interface TestTown {
	tenant: Tenant;
	organisationId: string;
	fields: Record<string, string>;
	districts: Record<string, string>;
	/** Places by name, with their district and position. */
	places: Record<string, string>;
}

const SQUARE = {
	type: 'Polygon',
	coordinates: [
		[
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 0]
		]
	]
};

/** The fields of activity, and new districts and places of one organisation in a town. */
export async function testTown(
	db: Db,
	tenant: Tenant,
	organisationId: string,
	spec: { districts: Record<string, string>; places: Record<string, { district?: string; lat?: number; lng?: number; postcode?: string }> }
): Promise<TestTown> {
	// Every new town starts with the default fields of activity (Sport, Bildung, Umwelt & Naturschutz, …).
	const categories = await db.select({ id: categoriesTable.id, slug: categoriesTable.slug }).from(categoriesTable).where(eq(categoriesTable.tenantId, tenant.id));
	const fields = Object.fromEntries(categories.map((c) => [c.slug, c.id]));
	const districts: Record<string, string> = {};
	for (const [slug, name] of Object.entries(spec.districts)) {
		const [row] = await db.insert(districtsTable).values({ tenantId: tenant.id, slug, name, geometry: SQUARE }).returning({ id: districtsTable.id });
		districts[slug] = row.id;
	}
	const places: Record<string, string> = {};
	for (const [name, place] of Object.entries(spec.places)) {
		const [row] = await db
			.insert(placesTable)
			.values({
				tenantId: tenant.id,
				organisationId,
				name,
				districtId: place.district ? districts[place.district] : null,
				lat: place.lat ?? null,
				lng: place.lng ?? null,
				postcode: place.postcode ?? ''
			})
			.returning({ id: placesTable.id });
		places[name] = row.id;
	}
	return { tenant, organisationId, fields, districts, places };
}

/** A published opportunity at some of the town's places (by name) in some of its fields (by slug). */
export async function publishOpportunity(
	db: Db,
	town: Pick<TestTown, 'tenant' | 'organisationId' | 'fields' | 'places'>,
	values: OpportunityValues & { title: string; fieldSlugs?: string[]; placeNames?: string[]; organisationId?: string }
): Promise<string> {
	const { fieldSlugs = [], placeNames = [], ...rest } = values;
	const tenantId = town.tenant.id;
	const [row] = await db
		.insert(opportunities)
		.values({ commitment: 'regular', status: 'published', publishedAt: new Date(), organisationId: town.organisationId, ...rest, tenantId, id: rest.id ?? randomUUID() })
		.returning({ id: opportunities.id });
	for (const slug of fieldSlugs) await db.insert(opportunityFields).values({ tenantId, opportunityId: row.id, categoryId: town.fields[slug] });
	for (const name of placeNames) await db.insert(opportunityPlaces).values({ tenantId, opportunityId: row.id, placeId: town.places[name] });
	return row.id;
}
