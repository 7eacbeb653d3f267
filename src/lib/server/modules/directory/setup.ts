import { registerTenantSetup } from '$lib/server/core/tenants';
import { categories } from './schema';
import { defaultCategories } from './vocabulary';

// Every new municipality starts with the usual German fields of activity.
registerTenantSetup(async (db, tenant) => {
	await db
		.insert(categories)
		.values(defaultCategories.map((c, position) => ({ tenantId: tenant.id, slug: c.slug, nameDe: c.de, nameEn: c.en, position })))
		.onConflictDoNothing();
});
