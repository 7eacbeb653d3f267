import { and, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context';
import type { Db } from '$lib/server/db/client';
import { fail, ok, type Result } from '../result';
import { fieldErrors } from '../validation';
import { recordAudit } from '../audit';
import { can } from '../permissions';
import { organisationMemberships } from './schema';
import { ZMembership } from './contracts';
import { findAccountById } from '../accounts/queries';

type MembershipError = 'forbidden' | 'invalid' | 'not_found' | 'last_owner';

const membershipOf = (tenantId: string, organisationId: string, accountId: string) =>
	and(eq(organisationMemberships.tenantId, tenantId), eq(organisationMemberships.organisationId, organisationId), eq(organisationMemberships.accountId, accountId));

async function otherOwners(db: Db, tenantId: string, organisationId: string, accountId: string): Promise<number> {
	const [{ n }] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(organisationMemberships)
		.where(
			and(
				eq(organisationMemberships.tenantId, tenantId),
				eq(organisationMemberships.organisationId, organisationId),
				eq(organisationMemberships.role, 'owner'),
				ne(organisationMemberships.accountId, accountId)
			)
		);
	return n;
}

/**
 * Changes a member's role, or adds a person to an organisation: only the proposer of a new
 * organisation (as owner) or someone accepting an invitation. Nobody is added without their
 * consent, so owners and staff change roles of people who are already members.
 */
export async function setOrganisationMember(
	ctx: Ctx,
	input: unknown,
	/** asCreator: the proposer of a new organisation; invited: the caller has checked a valid invitation for this account. */
	options: { asCreator?: boolean; invited?: boolean } = {}
): Promise<Result<null, MembershipError>> {
	const parsed = ZMembership.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	const { organisationId, accountId, role } = parsed.data;
	const target = { kind: 'organisation', tenantId: ctx.tenant.id, organisationId } as const;
	const allowed =
		options.asCreator || options.invited
			? accountId === ctx.actor.accountId && can(ctx.actor, 'area.resident', { kind: 'tenant', tenantId: ctx.tenant.id })
			: can(ctx.actor, 'organisation.members.manage', target);
	if (!allowed) return fail('forbidden');
	if (!(await findAccountById(ctx.db, ctx.tenant.id, accountId))) return fail('not_found');

	return ctx.db.transaction(async (tx) => {
		const where = membershipOf(ctx.tenant.id, organisationId, accountId);
		const [existing] = await tx.select().from(organisationMemberships).where(where);
		if (!existing && !options.asCreator && !options.invited) return fail('not_found');
		if (existing?.role === role) return ok(null);
		if (existing?.role === 'owner' && (await otherOwners(tx, ctx.tenant.id, organisationId, accountId)) === 0) return fail('last_owner');
		if (existing) await tx.update(organisationMemberships).set({ role }).where(where);
		else await tx.insert(organisationMemberships).values({ tenantId: ctx.tenant.id, organisationId, accountId, role });
		await recordAudit(tx, ctx.actor, {
			action: 'membership.set',
			entityType: 'organisation',
			entityId: organisationId,
			before: existing ? { accountId, role: existing.role } : null,
			after: { accountId, role }
		});
		return ok(null);
	});
}

const ZRemoveMember = z.object({ organisationId: z.uuid(), accountId: z.uuid() });

/** Owners remove members; anyone may leave; an organisation never loses its last owner. */
export async function removeOrganisationMember(ctx: Ctx, input: unknown): Promise<Result<null, MembershipError>> {
	const parsed = ZRemoveMember.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	const { organisationId, accountId } = parsed.data;
	const leaving = accountId === ctx.actor.accountId && ctx.actor.tenantId === ctx.tenant.id;
	if (!leaving && !can(ctx.actor, 'organisation.members.manage', { kind: 'organisation', tenantId: ctx.tenant.id, organisationId })) return fail('forbidden');

	return ctx.db.transaction(async (tx) => {
		const where = membershipOf(ctx.tenant.id, organisationId, accountId);
		const [existing] = await tx.select().from(organisationMemberships).where(where);
		if (!existing) return fail('not_found');
		if (existing.role === 'owner' && (await otherOwners(tx, ctx.tenant.id, organisationId, accountId)) === 0) return fail('last_owner');
		await tx.delete(organisationMemberships).where(where);
		await recordAudit(tx, ctx.actor, {
			action: 'membership.removed',
			entityType: 'organisation',
			entityId: organisationId,
			before: { accountId, role: existing.role },
			after: null
		});
		return ok(null);
	});
}

/**
 * When two organisations are merged, the people of the one that goes act for the one that stays;
 * someone in both keeps the stronger role. Call inside the merge's transaction.
 */
export async function moveOrganisationMemberships(db: Db, tenantId: string, fromOrganisationId: string, toOrganisationId: string): Promise<void> {
	const moving = await db
		.select()
		.from(organisationMemberships)
		.where(and(eq(organisationMemberships.tenantId, tenantId), eq(organisationMemberships.organisationId, fromOrganisationId)));
	for (const member of moving) {
		const where = membershipOf(tenantId, toOrganisationId, member.accountId);
		const [existing] = await db.select().from(organisationMemberships).where(where);
		if (!existing) await db.insert(organisationMemberships).values({ ...member, organisationId: toOrganisationId });
		else if (existing.role === 'editor' && member.role === 'owner') await db.update(organisationMemberships).set({ role: 'owner' }).where(where);
	}
	await db.delete(organisationMemberships).where(and(eq(organisationMemberships.tenantId, tenantId), eq(organisationMemberships.organisationId, fromOrganisationId)));
}
