import type { Ctx } from '../context';
import { fail, ok, type Result } from '../result';
import { fieldErrors } from '../validation';
import { ZChangeEmail } from './contracts';
import { findAccountByEmail } from './queries';
import { mailAccountLink } from './email-tokens';
import { confirmsPassword, ownAccount } from './current-account';

/** The new address takes effect only when the link sent to it is opened. */
export async function requestEmailChange(
	ctx: Ctx,
	input: unknown
): Promise<Result<null, 'forbidden' | 'invalid' | 'wrong_password' | 'email_taken'>> {
	const account = await ownAccount(ctx, 'account.update');
	if (!account) return fail('forbidden');
	const parsed = ZChangeEmail.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	if (!(await confirmsPassword(account, parsed.data.currentPassword)))
		return fail('wrong_password', { currentPassword: 'error.wrong_password' });
	if (parsed.data.email === account.email) return fail('invalid', { email: 'error.email_same' });
	if (await findAccountByEmail(ctx.db, ctx.tenant.id, parsed.data.email)) return fail('email_taken', { email: 'error.email_taken' });
	await ctx.db.transaction((tx) => mailAccountLink(tx, ctx, account, parsed.data.email, 'change_email'));
	return ok(null);
}
