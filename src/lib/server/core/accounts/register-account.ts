import type { Ctx } from '../context';
import { fail, ok, type Result } from '../result';
import { fieldErrors } from '../validation';
import { accounts } from './schema';
import { ZRegister } from './contracts';
import { checkPassword, hashPassword } from './password';
import { findAccountByEmail } from './queries';
import { mailAccountLink, mailAddressInUse } from './email-tokens';

/**
 * A resident creates an account; it can sign in once the address is confirmed by the mailed link.
 * A taken address gets the same answer and the same work (the password is hashed either way), and
 * its owner a mail, so the form does not tell who is registered.
 */
export async function registerAccount(ctx: Ctx, input: unknown): Promise<Result<null, 'invalid'>> {
	const parsed = ZRegister.safeParse(input);
	if (!parsed.success) return fail('invalid', fieldErrors(parsed.error));
	const { displayName, email, password, locale } = parsed.data;
	const weak = checkPassword(password, [email.split('@')[0], displayName, ctx.tenant.name]);
	if (weak) return fail('invalid', { password: weak });
	const passwordHash = await hashPassword(password);
	const existing = await findAccountByEmail(ctx.db, ctx.tenant.id, email);
	if (existing) {
		await mailAddressInUse(ctx.db, ctx, existing);
		return ok(null);
	}
	try {
		await ctx.db.transaction(async (tx) => {
			const [account] = await tx.insert(accounts).values({ tenantId: ctx.tenant.id, email, displayName, passwordHash, locale }).returning({ id: accounts.id });
			await mailAccountLink(tx, ctx, { id: account.id, displayName, locale }, email, 'verify_email');
		});
		return ok(null);
	} catch (error) {
		// Two registrations racing for the same address: the unique index decides, and the first one's mail stands.
		if (String((error as { cause?: { code?: string }; code?: string })?.cause?.code ?? (error as { code?: string })?.code) === '23505') return ok(null);
		throw error;
	}
}
