import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../result';
import { fieldErrors } from '../validation';
import { recordAudit } from '../audit';
import { erasePersonalData, identifyPerson } from '../privacy';
import { accounts, roleAssignments } from './schema';
import { ZDeleteAccount } from './contracts';
import { confirmsPassword, ownAccount } from './current-account';

/**
 * Erases the account and everything personal (DSGVO Art. 17), under every address it ever
 * had. Content that belongs to organisations stays, without the person's name, addresses
 * and phone.
 */
export async function deleteAccount(ctx: Ctx, input: unknown): Promise<Result<null, 'forbidden' | 'invalid' | 'wrong_password' | 'last_admin'>> {
	const account = await ownAccount(ctx, 'account.delete');
	if (!account) return fail('forbidden');
	const parsed = ZDeleteAccount.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	if (!(await confirmsPassword(account, parsed.data.currentPassword))) return fail('wrong_password', { currentPassword: 'error.wrong_password' });

	return ctx.db.transaction(async (tx) => {
		if (ctx.actor.roles.includes('admin')) {
			const [{ admins }] = await tx
				.select({ admins: sql<number>`count(*)::int` })
				.from(roleAssignments)
				.where(and(eq(roleAssignments.tenantId, ctx.tenant.id), eq(roleAssignments.role, 'admin')));
			if (admins <= 1) return fail('last_admin');
		}
		// Placeholders are written in the town's language: what stays is read by its staff.
		const subject = await identifyPerson(tx, { tenantId: ctx.tenant.id, accountId: account.id, email: account.email, displayName: account.displayName, locale: ctx.tenant.defaultLocale });
		await erasePersonalData(tx, subject);
		await tx.delete(accounts).where(and(eq(accounts.tenantId, ctx.tenant.id), eq(accounts.id, account.id)));
		await recordAudit(tx, { ...ctx.actor, accountId: null }, { action: 'account.deleted', entityType: 'account', entityId: account.id });
		return ok(null);
	});
}
