import { and, eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { categories, organisationCategories } from './schema';
import type { TOrganisationInput } from './contracts';

/** The columns a profile form writes (categories go to their own table). */
export function profileColumns(input: TOrganisationInput) {
	const { categoryIds: _, ...columns } = input;
	return columns;
}

/** Only this tenant's categories count; unknown ids are reported as a field error. */
export async function validCategoryIds(db: Db, tenantId: string, ids: string[]): Promise<boolean> {
	if (!ids.length) return true;
	const known = await db.select({ id: categories.id }).from(categories).where(eq(categories.tenantId, tenantId));
	const set = new Set(known.map((k) => k.id));
	return ids.every((id) => set.has(id));
}

export async function replaceCategories(db: Db, tenantId: string, organisationId: string, ids: string[]): Promise<void> {
	await db
		.delete(organisationCategories)
		.where(and(eq(organisationCategories.tenantId, tenantId), eq(organisationCategories.organisationId, organisationId)));
	if (ids.length) await db.insert(organisationCategories).values([...new Set(ids)].map((categoryId) => ({ tenantId, organisationId, categoryId })));
}
