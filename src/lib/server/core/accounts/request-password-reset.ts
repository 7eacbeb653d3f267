import type { Ctx } from '../context';
import { fail, ok, type Result } from '../result';
import { fieldErrors } from '../validation';
import { queueMail } from '../mail';
import { ZEmailOnly } from './contracts';
import { findAccountByEmail } from './queries';
import { issueEmailToken } from './email-tokens';

/** Always answers the same, so nobody learns which addresses have an account. */
export async function requestPasswordReset(ctx: Ctx, input: unknown): Promise<Result<null, 'invalid'>> {
	const parsed = ZEmailOnly.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	const account = await findAccountByEmail(ctx.db, ctx.tenant.id, parsed.data.email);
	if (account && !account.disabledAt) {
		await ctx.db.transaction(async (tx) => {
			const token = await issueEmailToken(tx, ctx.tenant.id, account.id, 'reset_password');
			await queueMail(tx, ctx.tenant.id, {
				to: account.email,
				template: 'reset_password',
				locale: account.locale,
				params: { name: account.displayName, tenant: ctx.tenant.name, link: `${ctx.baseUrl}/passwort-neu?token=${token}` }
			});
		});
	}
	return ok(null);
}
