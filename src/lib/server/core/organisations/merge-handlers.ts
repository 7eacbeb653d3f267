import type { Db } from '$lib/server/db/client';

/**
 * When a duplicate organisation is merged into the one that stays, every capability moves its
 * rows (opportunities, events, courses) over. Runs inside the merge's transaction.
 */
export type OrganisationMergeHandler = (db: Db, tenantId: string, fromId: string, toId: string) => Promise<void>;

const handlers: OrganisationMergeHandler[] = [];

export function registerOrganisationMergeHandler(handler: OrganisationMergeHandler): void {
	if (!handlers.includes(handler)) handlers.push(handler);
}

export async function runOrganisationMergeHandlers(db: Db, tenantId: string, fromId: string, toId: string): Promise<void> {
	for (const handler of handlers) await handler(db, tenantId, fromId, toId);
}
