import type { Ctx } from '$lib/server/core/context';
import { can } from '$lib/server/core/permissions';
import type { Verdict } from '$lib/server/core/use-case';
import { findOrganisation, type Organisation } from '../../../core/organisations/queries';

/** An organisation that can still be worked on: a merged one only forwards to the one that stayed. */
export async function liveOrganisation(ctx: Ctx, organisationId: string): Promise<Organisation | undefined> {
	const org = await findOrganisation(ctx.db, ctx.tenant.id, organisationId);
	return org && org.status !== 'merged' ? org : undefined;
}

export const organisationTarget = (ctx: Ctx, organisationId: string) => ({ kind: 'organisation', tenantId: ctx.tenant.id, organisationId }) as const;

/** The check of every use case that changes a profile or its places: owners, editors and the coordination. */
export async function mayEditOrganisation(ctx: Ctx, { organisationId }: { organisationId: string }): Promise<Verdict> {
	if (!(await liveOrganisation(ctx, organisationId))) return 'not_found';
	return can(ctx.actor, 'organisation.edit', organisationTarget(ctx, organisationId));
}
