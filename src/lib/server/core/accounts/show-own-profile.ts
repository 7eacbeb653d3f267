import type { Ctx } from '../context';
import { fail, ok, type Result } from '../result';
import { ownAccount } from './current-account';

/** What "Mein Konto" shows of the signed-in person. */
export async function showOwnProfile(ctx: Ctx): Promise<Result<{ displayName: string; email: string; locale: string }, 'forbidden'>> {
	const account = await ownAccount(ctx, 'account.read');
	if (!account) return fail('forbidden');
	return ok({ displayName: account.displayName, email: account.email, locale: account.locale });
}
