import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../result';
import { fieldErrors } from '../validation';
import { accounts } from './schema';
import { ZResetPassword } from './contracts';
import { checkPassword, hashPassword } from './password';
import { consumeEmailToken, endEmailTokens, peekEmailToken } from './email-tokens';
import { findAccountById } from './queries';
import { invalidateAllSessions } from './sessions';
import { tellPasswordChanged } from './password-changed';

/** Sets a new password from a reset link; every session of the account ends and its address is told. Gives the account's address. */
export async function resetPassword(ctx: Ctx, input: unknown): Promise<Result<{ email: string }, 'invalid' | 'invalid_token'>> {
	const parsed = ZResetPassword.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	const { token, password } = parsed.data;
	const accountId = await peekEmailToken(ctx.db, ctx.tenant.id, token, 'reset_password');
	const account = accountId && (await findAccountById(ctx.db, ctx.tenant.id, accountId));
	if (!account) return fail('invalid_token');
	// Checked before the link is used up, so a too-weak try does not cost the link.
	const weak = checkPassword(password, [account.email.split('@')[0], account.displayName, ctx.tenant.name]);
	if (weak) return fail('invalid', { password: weak });
	const passwordHash = await hashPassword(password);

	return ctx.db.transaction(async (tx) => {
		if (!(await consumeEmailToken(tx, ctx.tenant.id, token, ['reset_password']))) return fail('invalid_token');
		await endEmailTokens(tx, ctx.tenant.id, account.id, ['reset_password']);
		await tx
			.update(accounts)
			// The link reached the mailbox, so the address is confirmed too.
			.set({ passwordHash, emailVerifiedAt: account.emailVerifiedAt ?? new Date() })
			.where(and(eq(accounts.tenantId, ctx.tenant.id), eq(accounts.id, account.id)));
		await invalidateAllSessions(tx, ctx.tenant.id, account.id);
		await tellPasswordChanged(tx, ctx, account);
		return ok({ email: account.email });
	});
}
