import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../result';
import { fieldErrors } from '../validation';
import { accounts } from './schema';
import { ZSignIn } from './contracts';
import { burnPasswordCheck, verifyPassword } from './password';
import { findAccountByEmail } from './queries';
import { createSession } from './sessions';

export type SignInError = 'invalid' | 'invalid_credentials' | 'unverified' | 'disabled';

export async function signIn(ctx: Ctx, input: unknown): Promise<Result<{ token: string; expiresAt: Date; accountId: string; locale: 'de' | 'en' }, SignInError>> {
	const parsed = ZSignIn.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	const account = await findAccountByEmail(ctx.db, ctx.tenant.id, parsed.data.email);
	if (!account) {
		await burnPasswordCheck(parsed.data.password);
		return fail('invalid_credentials');
	}
	if (!(await verifyPassword(account.passwordHash, parsed.data.password))) return fail('invalid_credentials');
	// Only after the password matched, so these answers reveal nothing to a guesser.
	if (account.disabledAt) return fail('disabled');
	if (!account.emailVerifiedAt) return fail('unverified');

	const session = await createSession(ctx.db, ctx.tenant.id, account.id);
	await ctx.db
		.update(accounts)
		.set({ lastSignInAt: new Date() })
		.where(and(eq(accounts.tenantId, ctx.tenant.id), eq(accounts.id, account.id)));
	return ok({ ...session, accountId: account.id, locale: account.locale });
}
