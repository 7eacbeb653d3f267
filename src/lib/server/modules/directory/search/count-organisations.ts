import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { organisations } from '../../../core/organisations/schema';

/** How many organisations the public directory shows, and how many of them are network members: one pass over the tenant's rows. */
export async function countOrganisations(db: Db, tenantId: string): Promise<{ total: number; networkMembers: number }> {
	const [row] = await db
		.select({
			total: sql<number>`count(*)::int`,
			networkMembers: sql<number>`(count(*) filter (where ${organisations.networkMember}))::int`
		})
		.from(organisations)
		.where(and(eq(organisations.tenantId, tenantId), eq(organisations.status, 'published')));
	return row;
}
