import { and, eq } from 'drizzle-orm';
import type { OrganisationMergeHandler } from '$lib/server/core/organisations';
import { opportunities, replyTemplates } from './schema';

/** A merged duplicate's opportunities and reply templates belong to the organisation that stays; their places move with the directory's. */
export const moveEngagementOnMerge: OrganisationMergeHandler = async (db, tenantId, fromId, toId) => {
	await db
		.update(opportunities)
		.set({ organisationId: toId, updatedAt: new Date() })
		.where(and(eq(opportunities.tenantId, tenantId), eq(opportunities.organisationId, fromId)));
	await db
		.update(replyTemplates)
		.set({ organisationId: toId, updatedAt: new Date() })
		.where(and(eq(replyTemplates.tenantId, tenantId), eq(replyTemplates.organisationId, fromId)));
};
