import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { fail, ok, type Result } from '$lib/server/core/result';
import { categoriesTable, placesTable } from '$lib/server/modules/directory';
import { opportunityFields, opportunityPlaces } from '../schema';
import type { TOpportunityInput } from '../contracts';

/** The columns a form writes; places and fields go to their own tables. */
export function opportunityColumns(input: TOpportunityInput) {
	const { placeIds: _, fieldIds: __, ...columns } = input;
	return columns;
}

/** Only the organisation's own places and the town's fields count; others are a field error, not a silent drop. */
export async function checkLinks(db: Db, tenantId: string, organisationId: string, input: TOpportunityInput): Promise<Result<null, 'invalid'>> {
	if (input.placeIds.length) {
		const found = await db
			.select({ id: placesTable.id })
			.from(placesTable)
			.where(and(eq(placesTable.tenantId, tenantId), eq(placesTable.organisationId, organisationId), inArray(placesTable.id, input.placeIds)));
		if (found.length !== new Set(input.placeIds).size) return fail('invalid', { placeIds: 'error.invalid' });
	}
	if (input.fieldIds.length) {
		const found = await db
			.select({ id: categoriesTable.id })
			.from(categoriesTable)
			.where(and(eq(categoriesTable.tenantId, tenantId), inArray(categoriesTable.id, input.fieldIds)));
		if (found.length !== new Set(input.fieldIds).size) return fail('invalid', { fieldIds: 'error.invalid' });
	}
	return ok(null);
}

export async function replaceLinks(db: Db, tenantId: string, opportunityId: string, input: Pick<TOpportunityInput, 'placeIds' | 'fieldIds'>): Promise<void> {
	await db.delete(opportunityPlaces).where(and(eq(opportunityPlaces.tenantId, tenantId), eq(opportunityPlaces.opportunityId, opportunityId)));
	await db.delete(opportunityFields).where(and(eq(opportunityFields.tenantId, tenantId), eq(opportunityFields.opportunityId, opportunityId)));
	const placeIds = [...new Set(input.placeIds)];
	const fieldIds = [...new Set(input.fieldIds)];
	if (placeIds.length) await db.insert(opportunityPlaces).values(placeIds.map((placeId) => ({ tenantId, opportunityId, placeId })));
	if (fieldIds.length) await db.insert(opportunityFields).values(fieldIds.map((categoryId) => ({ tenantId, opportunityId, categoryId })));
}

export async function linksOf(db: Db, tenantId: string, opportunityId: string): Promise<{ placeIds: string[]; fieldIds: string[] }> {
	const [places, fields] = await Promise.all([
		db
			.select({ id: opportunityPlaces.placeId })
			.from(opportunityPlaces)
			.where(and(eq(opportunityPlaces.tenantId, tenantId), eq(opportunityPlaces.opportunityId, opportunityId))),
		db
			.select({ id: opportunityFields.categoryId })
			.from(opportunityFields)
			.where(and(eq(opportunityFields.tenantId, tenantId), eq(opportunityFields.opportunityId, opportunityId)))
	]);
	return { placeIds: places.map((p) => p.id).sort(), fieldIds: fields.map((f) => f.id).sort() };
}
