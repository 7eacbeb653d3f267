import { and, eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import type { Ctx } from '$lib/server/core/context';
import { can } from '$lib/server/core/permissions';
import { findOrganisation } from '$lib/server/core/organisations';
import type { Verdict } from '$lib/server/core/use-case';
import { opportunities } from '../schema';

export type Opportunity = typeof opportunities.$inferSelect;

export async function findOpportunity(db: Db, tenantId: string, id: string): Promise<Opportunity | undefined> {
	const [row] = await db
		.select()
		.from(opportunities)
		.where(and(eq(opportunities.tenantId, tenantId), eq(opportunities.id, id)));
	return row;
}

/** Owners and editors of the organisation, and the office on its behalf. */
export const mayManageFor = (ctx: Ctx, organisationId: string): boolean => can(ctx.actor, 'opportunity.manage', { kind: 'owned', tenantId: ctx.tenant.id, organisationId });

/** The check of every use case on an organisation's opportunities: a live organisation, and someone who acts for it. */
export async function mayPostFor(ctx: Ctx, { organisationId }: { organisationId: string }): Promise<Verdict> {
	const org = await findOrganisation(ctx.db, ctx.tenant.id, organisationId);
	if (!org || org.status === 'merged') return 'not_found';
	return mayManageFor(ctx, organisationId);
}

/** The check of every use case on one opportunity. */
export async function mayManageOpportunity(ctx: Ctx, { opportunityId }: { opportunityId: string }): Promise<Verdict> {
	const found = await findOpportunity(ctx.db, ctx.tenant.id, opportunityId);
	if (!found) return 'not_found';
	return mayManageFor(ctx, found.organisationId);
}
