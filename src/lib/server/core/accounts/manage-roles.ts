import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import { fail, ok } from '../result';
import { useCase } from '../use-case';
import { recordAudit } from '../audit';
import { can } from '../permissions';
import { roleAssignments } from './schema';
import { ZRoleChange } from './contracts';
import { findAccountById } from './queries';

/** Only admins hand out roles; the rule in `can` also keeps them from changing their own. */
const mayAssign = (ctx: Ctx, { accountId }: { accountId: string }) => can(ctx.actor, 'role.assign', { kind: 'account', tenantId: ctx.tenant.id, accountId });

async function rolesOf(ctx: Ctx, accountId: string) {
	const rows = await ctx.db
		.select({ role: roleAssignments.role })
		.from(roleAssignments)
		.where(and(eq(roleAssignments.tenantId, ctx.tenant.id), eq(roleAssignments.accountId, accountId)))
		.orderBy(roleAssignments.role);
	return rows.map((r) => r.role);
}

/** An admin gives a tenant role (coordinator, partner, admin) to an account. */
export const assignRole = useCase({
	input: ZRoleChange,
	allowed: mayAssign,
	run: async (ctx, { accountId, role }) => {
		if (!(await findAccountById(ctx.db, ctx.tenant.id, accountId))) return fail('not_found');
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
});

export const removeRole = useCase({
	input: ZRoleChange,
	allowed: mayAssign,
	run: async (ctx, { accountId, role }) => {
		if (!(await findAccountById(ctx.db, ctx.tenant.id, accountId))) return fail('not_found');
		await ctx.db.transaction(async (tx) => {
			const before = await rolesOf({ ...ctx, db: tx }, accountId);
			if (!before.includes(role)) return;
			await tx.delete(roleAssignments).where(and(eq(roleAssignments.tenantId, ctx.tenant.id), eq(roleAssignments.accountId, accountId), eq(roleAssignments.role, role)));
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
});
