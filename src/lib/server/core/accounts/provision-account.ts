import type { Db } from '$lib/server/db/client';
import type { TenantRole } from '../permissions';
import { accounts, roleAssignments } from './schema';
import { checkPassword, hashPassword } from './password';
import { findAccountByEmail } from './queries';

/**
 * For operators only (the admin:create command and the demo seed): creates a confirmed
 * account with roles, without a request or a permission check.
 */
export async function provisionAccount(
	db: Db,
	tenantId: string,
	input: { email: string; displayName: string; password: string; roles?: TenantRole[]; locale?: 'de' | 'en' }
): Promise<{ ok: true; accountId: string } | { ok: false; error: string }> {
	const email = input.email.trim().toLowerCase();
	const weak = checkPassword(input.password, [email.split('@')[0]]);
	if (weak) return { ok: false, error: weak };
	if (await findAccountByEmail(db, tenantId, email)) return { ok: false, error: 'error.email_taken' };
	const passwordHash = await hashPassword(input.password);
	const accountId = await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(accounts)
			.values({ tenantId, email, displayName: input.displayName, passwordHash, locale: input.locale ?? 'de', emailVerifiedAt: new Date() })
			.returning({ id: accounts.id });
		for (const role of input.roles ?? []) await tx.insert(roleAssignments).values({ tenantId, accountId: row.id, role });
		return row.id;
	});
	return { ok: true, accountId };
}
