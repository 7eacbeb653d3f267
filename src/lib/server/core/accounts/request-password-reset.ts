import type { Ctx } from '../context';
import { fail, ok, type Result } from '../result';
import { fieldErrors } from '../validation';
import { ZEmailOnly } from './contracts';
import { findAccountByEmail } from './queries';
import { mailAccountLink } from './email-tokens';

/** Always answers the same, so nobody learns which addresses have an account. */
export async function requestPasswordReset(ctx: Ctx, input: unknown): Promise<Result<null, 'invalid'>> {
	const parsed = ZEmailOnly.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	const account = await findAccountByEmail(ctx.db, ctx.tenant.id, parsed.data.email);
	if (account && !account.disabledAt) {
		await ctx.db.transaction((tx) => mailAccountLink(tx, ctx, account, account.email, 'reset_password'));
	}
	return ok(null);
}
