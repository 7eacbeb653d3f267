import type { Ctx } from '../context';
import { fail, ok, type Result } from '../result';
import { fieldErrors } from '../validation';
import { queueMail } from '../mail';
import { ZChangeEmail } from './contracts';
import { findAccountByEmail } from './queries';
import { issueEmailToken } from './email-tokens';
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
	await ctx.db.transaction(async (tx) => {
		const token = await issueEmailToken(tx, ctx.tenant.id, account.id, 'change_email', parsed.data.email);
		await queueMail(tx, ctx.tenant.id, {
			to: parsed.data.email,
			template: 'change_email',
			locale: account.locale,
			params: { name: account.displayName, tenant: ctx.tenant.name, link: `${ctx.baseUrl}/konto/bestaetigen?token=${token}` }
		});
	});
	return ok(null);
}
