import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../result';
import { notify } from '../notifications';
import { accounts } from './schema';
import { consumeEmailToken, endEmailTokens } from './email-tokens';
import { findAccountByEmail, findAccountById } from './queries';
import { rememberPreviousEmail } from './previous-emails';

/** The link from a verification or change-of-address mail: confirms the address it was sent to. */
export async function confirmEmail(ctx: Ctx, token: string): Promise<Result<{ purpose: 'verify_email' | 'change_email' }, 'invalid_token' | 'email_taken'>> {
	return ctx.db.transaction(async (tx) => {
		const row = await consumeEmailToken(tx, ctx.tenant.id, token, ['verify_email', 'change_email']);
		if (!row) return fail('invalid_token');
		const where = and(eq(accounts.tenantId, ctx.tenant.id), eq(accounts.id, row.accountId));
		if (row.purpose === 'verify_email') {
			await tx.update(accounts).set({ emailVerifiedAt: new Date() }).where(where);
			await endEmailTokens(tx, ctx.tenant.id, row.accountId, ['verify_email']);
			return ok({ purpose: 'verify_email' as const });
		}
		const account = await findAccountById(tx, ctx.tenant.id, row.accountId);
		if (!account || !row.newEmail) return fail('invalid_token');
		if (await findAccountByEmail(tx, ctx.tenant.id, row.newEmail)) return fail('email_taken');
		await tx.update(accounts).set({ email: row.newEmail, emailVerifiedAt: new Date() }).where(where);
		await rememberPreviousEmail(tx, ctx.tenant.id, account.id, account.email);
		// Links mailed to the old address prove nothing any more: whoever reads that mailbox now must not reset the password.
		await endEmailTokens(tx, ctx.tenant.id, account.id, ['reset_password', 'verify_email', 'change_email']);
		// The old address hears of the change, so a hijack does not go unnoticed.
		await notify(tx, ctx, {
			kind: 'email_changed',
			to: { email: account.email, locale: account.locale, accountId: account.id },
			params: { name: account.displayName, email: row.newEmail }
		});
		return ok({ purpose: 'change_email' as const });
	});
}
