import { and, eq, ne } from 'drizzle-orm';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../result';
import { fieldErrors } from '../validation';
import { accounts, sessions } from './schema';
import { ZChangePassword } from './contracts';
import { checkPassword, hashPassword } from './password';
import { hashToken } from './tokens';
import { endEmailTokens } from './email-tokens';
import { confirmsPassword, ownAccount } from './current-account';
import { tellPasswordChanged } from './password-changed';

/** Other sessions end; the one that made the change stays signed in. The account's address is told. */
export async function changePassword(ctx: Ctx, input: unknown, currentSessionToken?: string): Promise<Result<null, 'forbidden' | 'invalid' | 'wrong_password'>> {
	const account = await ownAccount(ctx, 'account.update');
	if (!account) return fail('forbidden');
	const parsed = ZChangePassword.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	if (!(await confirmsPassword(account, parsed.data.currentPassword))) return fail('wrong_password', { currentPassword: 'error.wrong_password' });
	const weak = checkPassword(parsed.data.newPassword, [account.email.split('@')[0], account.displayName, ctx.tenant.name]);
	if (weak) return fail('invalid', { newPassword: weak });
	const passwordHash = await hashPassword(parsed.data.newPassword);
	await ctx.db.transaction(async (tx) => {
		await tx
			.update(accounts)
			.set({ passwordHash })
			.where(and(eq(accounts.tenantId, ctx.tenant.id), eq(accounts.id, account.id)));
		await endEmailTokens(tx, ctx.tenant.id, account.id, ['reset_password']);
		const others = and(eq(sessions.tenantId, ctx.tenant.id), eq(sessions.accountId, account.id));
		await tx.delete(sessions).where(currentSessionToken ? and(others, ne(sessions.id, hashToken(currentSessionToken))) : others);
		await tellPasswordChanged(tx, ctx, account);
	});
	return ok(null);
}
