import type { TenantSetup } from '$lib/server/core/tenants';
import { categories } from '../schema';
import { defaultCategories } from '../vocabulary';

/** Every new municipality starts with the usual German fields of activity. */
export const setUpDirectory: TenantSetup = async (db, tenant) => {
	await db
		.insert(categories)
		.values(defaultCategories.map((c, position) => ({ tenantId: tenant.id, slug: c.slug, nameDe: c.de, nameEn: c.en, position })))
		.onConflictDoNothing();
};
