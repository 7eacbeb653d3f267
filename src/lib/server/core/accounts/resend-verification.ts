import type { Ctx } from '../context';
import { fail, ok, type Result } from '../result';
import { fieldErrors } from '../validation';
import { ZEmailOnly } from './contracts';
import { findAccountByEmail } from './queries';
import { mailAccountLink } from './email-tokens';

/** Sends a new confirmation link; says the same whether or not the address is known. */
export async function resendVerification(ctx: Ctx, input: unknown): Promise<Result<null, 'invalid'>> {
	const parsed = ZEmailOnly.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	const account = await findAccountByEmail(ctx.db, ctx.tenant.id, parsed.data.email);
	if (account && !account.emailVerifiedAt && !account.disabledAt) {
		await ctx.db.transaction((tx) => mailAccountLink(tx, ctx, account, account.email, 'verify_email'));
	}
	return ok(null);
}
