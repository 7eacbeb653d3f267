import type { Ctx } from '../context';
import { fail, ok, type Result } from '../result';
import { fieldErrors } from '../validation';
import { queueMail } from '../mail';
import { ZEmailOnly } from './contracts';
import { findAccountByEmail } from './queries';
import { issueEmailToken } from './email-tokens';

/** Sends a new confirmation link; says the same whether or not the address is known. */
export async function resendVerification(ctx: Ctx, input: unknown): Promise<Result<null, 'invalid'>> {
	const parsed = ZEmailOnly.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	const account = await findAccountByEmail(ctx.db, ctx.tenant.id, parsed.data.email);
	if (account && !account.emailVerifiedAt && !account.disabledAt) {
		await ctx.db.transaction(async (tx) => {
			const token = await issueEmailToken(tx, ctx.tenant.id, account.id, 'verify_email');
			await queueMail(tx, ctx.tenant.id, {
				to: account.email,
				template: 'verify_email',
				locale: account.locale,
				params: { name: account.displayName, tenant: ctx.tenant.name, link: `${ctx.baseUrl}/konto/bestaetigen?token=${token}` }
			});
		});
	}
	return ok(null);
}
