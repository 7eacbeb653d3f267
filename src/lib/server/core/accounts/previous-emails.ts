import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { accountPreviousEmails } from './schema';

/** Call where a new address replaces the old one, in the same transaction. */
export async function rememberPreviousEmail(db: Db, tenantId: string, accountId: string, email: string): Promise<void> {
	await db
		.insert(accountPreviousEmails)
		.values({ tenantId, accountId, email: email.toLowerCase() })
		.onConflictDoUpdate({ target: [accountPreviousEmails.tenantId, accountPreviousEmails.accountId, accountPreviousEmails.email], set: { replacedAt: new Date() } });
}

/** The addresses the account had before, newest replacement first. */
export async function listPreviousEmails(db: Db, tenantId: string, accountId: string) {
	return db
		.select({ email: accountPreviousEmails.email, replacedAt: accountPreviousEmails.replacedAt })
		.from(accountPreviousEmails)
		.where(and(eq(accountPreviousEmails.tenantId, tenantId), eq(accountPreviousEmails.accountId, accountId)))
		.orderBy(desc(accountPreviousEmails.replacedAt));
}
