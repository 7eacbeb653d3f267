import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../result';
import { fieldErrors } from '../validation';
import { accounts } from './schema';
import { ZUpdateProfile } from './contracts';
import { ownAccount } from './current-account';

export async function updateProfile(ctx: Ctx, input: unknown): Promise<Result<null, 'forbidden' | 'invalid'>> {
	const account = await ownAccount(ctx, 'account.update');
	if (!account) return fail('forbidden');
	const parsed = ZUpdateProfile.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	await ctx.db
		.update(accounts)
		.set(parsed.data)
		.where(and(eq(accounts.tenantId, ctx.tenant.id), eq(accounts.id, account.id)));
	return ok(null);
}

/** The language switch of a signed-in person is remembered on the account too. */
export async function setAccountLocale(ctx: Ctx, locale: 'de' | 'en'): Promise<void> {
	const account = await ownAccount(ctx, 'account.update');
	if (!account) return;
	await ctx.db
		.update(accounts)
		.set({ locale })
		.where(and(eq(accounts.tenantId, ctx.tenant.id), eq(accounts.id, account.id)));
}
