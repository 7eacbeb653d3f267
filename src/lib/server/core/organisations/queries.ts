import { and, eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { isId } from '../validation';
import { organisations } from './schema';

export type Organisation = typeof organisations.$inferSelect;

export async function findOrganisation(db: Db, tenantId: string, id: string): Promise<Organisation | undefined> {
	if (!isId(id)) return undefined;
	const [row] = await db
		.select()
		.from(organisations)
		.where(and(eq(organisations.tenantId, tenantId), eq(organisations.id, id)));
	return row;
}
