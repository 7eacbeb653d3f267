import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../result';
import { fieldErrors } from '../validation';
import { recordAudit } from '../audit';
import { can } from '../permissions';
import { roleAssignments } from './schema';
import { ZRoleChange } from './contracts';
import { findAccountById } from './queries';

type RoleError = 'forbidden' | 'invalid' | 'not_found';

async function prepare(ctx: Ctx, input: unknown) {
	const parsed = ZRoleChange.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	const { accountId, role } = parsed.data;
	if (!can(ctx.actor, 'role.assign', { kind: 'account', tenantId: ctx.tenant.id, accountId })) return fail('forbidden');
	if (!(await findAccountById(ctx.db, ctx.tenant.id, accountId))) return fail('not_found');
	return ok({ accountId, role });
}

async function rolesOf(ctx: Ctx, accountId: string) {
	const rows = await ctx.db
		.select({ role: roleAssignments.role })
		.from(roleAssignments)
		.where(and(eq(roleAssignments.tenantId, ctx.tenant.id), eq(roleAssignments.accountId, accountId)))
		.orderBy(roleAssignments.role);
	return rows.map((r) => r.role);
}

/** An admin gives a tenant role (coordinator, partner, admin) to an account. */
export async function assignRole(ctx: Ctx, input: unknown): Promise<Result<null, RoleError>> {
	const prepared = await prepare(ctx, input);
	if (!prepared.ok) return prepared;
	const { accountId, role } = prepared.value;
	await ctx.db.transaction(async (tx) => {
		const before = await rolesOf({ ...ctx, db: tx }, accountId);
		if (before.includes(role)) return;
		await tx.insert(roleAssignments).values({ tenantId: ctx.tenant.id, accountId, role });
		await recordAudit(tx, ctx.actor, {
			action: 'role.assigned',
			entityType: 'account',
			entityId: accountId,
			before: { roles: before },
			after: { roles: [...before, role].sort() }
		});
	});
	return ok(null);
}

export async function removeRole(ctx: Ctx, input: unknown): Promise<Result<null, RoleError>> {
	const prepared = await prepare(ctx, input);
	if (!prepared.ok) return prepared;
	const { accountId, role } = prepared.value;
	await ctx.db.transaction(async (tx) => {
		const before = await rolesOf({ ...ctx, db: tx }, accountId);
		if (!before.includes(role)) return;
		await tx
			.delete(roleAssignments)
			.where(
				and(eq(roleAssignments.tenantId, ctx.tenant.id), eq(roleAssignments.accountId, accountId), eq(roleAssignments.role, role))
			);
		await recordAudit(tx, ctx.actor, {
			action: 'role.removed',
			entityType: 'account',
			entityId: accountId,
			before: { roles: before },
			after: { roles: before.filter((r) => r !== role) }
		});
	});
	return ok(null);
}
