import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../result';
import { fieldErrors } from '../validation';
import { recordAudit } from '../audit';
import { erasePersonalData } from '../privacy';
import { accounts, roleAssignments } from './schema';
import { ZDeleteAccount } from './contracts';
import { confirmsPassword, ownAccount } from './current-account';
import './personal-data';

/**
 * Erases the account and everything personal (DSGVO Art. 17). Content that belongs to
 * organisations stays, without the person's name.
 */
export async function deleteAccount(
	ctx: Ctx,
	input: unknown
): Promise<Result<null, 'forbidden' | 'invalid' | 'wrong_password' | 'last_admin'>> {
	const account = await ownAccount(ctx, 'account.delete');
	if (!account) return fail('forbidden');
	const parsed = ZDeleteAccount.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	if (!(await confirmsPassword(account, parsed.data.currentPassword)))
		return fail('wrong_password', { currentPassword: 'error.wrong_password' });

	return ctx.db.transaction(async (tx) => {
		if (ctx.actor.roles.includes('admin')) {
			const [{ admins }] = await tx
				.select({ admins: sql<number>`count(*)::int` })
				.from(roleAssignments)
				.where(and(eq(roleAssignments.tenantId, ctx.tenant.id), eq(roleAssignments.role, 'admin')));
			if (admins <= 1) return fail('last_admin');
		}
		await erasePersonalData(tx, ctx.tenant.id, account.id, account.email);
		await tx.delete(accounts).where(and(eq(accounts.tenantId, ctx.tenant.id), eq(accounts.id, account.id)));
		await recordAudit(tx, { ...ctx.actor, accountId: null }, { action: 'account.deleted', entityType: 'account', entityId: account.id });
		return ok(null);
	});
}
