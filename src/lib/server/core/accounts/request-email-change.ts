import type { Ctx } from '../context';
import { fail, ok, type Result } from '../result';
import { fieldErrors } from '../validation';
import { ZChangeEmail } from './contracts';
import { findAccountByEmail } from './queries';
import { endEmailTokens, mailAccountLink, mailAddressInUse } from './email-tokens';
import { confirmsPassword, ownAccount } from './current-account';

/** The new address takes effect only when the link sent to it is opened. */
export async function requestEmailChange(ctx: Ctx, input: unknown): Promise<Result<null, 'forbidden' | 'invalid' | 'wrong_password'>> {
	const account = await ownAccount(ctx, 'account.update');
	if (!account) return fail('forbidden');
	const parsed = ZChangeEmail.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	if (!(await confirmsPassword(account, parsed.data.currentPassword))) return fail('wrong_password', { currentPassword: 'error.wrong_password' });
	if (parsed.data.email === account.email) return fail('invalid', { email: 'error.email_same' });
	const owner = await findAccountByEmail(ctx.db, ctx.tenant.id, parsed.data.email);
	await ctx.db.transaction(async (tx) => {
		// A move of the address is under way: reset and confirmation links mailed to the current
		// address end, and only the newest change link counts. Alike for a taken address.
		await endEmailTokens(tx, ctx.tenant.id, account.id, ['reset_password', 'verify_email', 'change_email']);
		// Answered alike for a taken address; its owner hears of it instead.
		if (owner) return mailAddressInUse(tx, ctx, owner);
		await mailAccountLink(tx, ctx, account, parsed.data.email, 'change_email');
	});
	return ok(null);
}
