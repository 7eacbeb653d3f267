import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import type { Locale } from '$lib/i18n';
import type { Tenant } from '../tenants';
import { notify } from '../notifications';
import { emailTokens } from './schema';
import { newOneTimeToken, openTokenRow } from './tokens';

type Purpose = (typeof emailTokens.$inferSelect)['purpose'];

/** What a mail about an account needs of its municipality; a job has it without a request. */
export interface MailSender {
	tenant: Pick<Tenant, 'id' | 'name'>;
	baseUrl: string;
}

const HOURS: Record<Purpose, number> = { verify_email: 72, change_email: 24, reset_password: 1 };

export async function issueEmailToken(db: Db, tenantId: string, accountId: string, purpose: Purpose, newEmail?: string): Promise<string> {
	const { token, id, expiresAt } = newOneTimeToken(HOURS[purpose] * 3600 * 1000);
	await db.insert(emailTokens).values({ tenantId, id, accountId, purpose, newEmail: newEmail ?? null, expiresAt });
	return token;
}

/** Marks the token used and returns it, or undefined when it is unknown, used or expired. */
export async function consumeEmailToken(db: Db, tenantId: string, token: string, purposes: Purpose[]) {
	const [row] = await db
		.update(emailTokens)
		.set({ usedAt: new Date() })
		.where(openTokenRow(emailTokens, tenantId, token))
		.returning();
	return row && purposes.includes(row.purpose) ? row : undefined;
}

/**
 * Ends every outstanding link of these kinds for the account. Called when what a link would
 * prove has changed or been used: a used or changed password ends all reset links, a new
 * address ends everything mailed to the old one.
 */
export async function endEmailTokens(db: Db, tenantId: string, accountId: string, purposes: Purpose[]): Promise<void> {
	await db
		.update(emailTokens)
		.set({ usedAt: new Date() })
		.where(and(eq(emailTokens.tenantId, tenantId), eq(emailTokens.accountId, accountId), inArray(emailTokens.purpose, purposes), isNull(emailTokens.usedAt)));
}

/** Looks without using, so a form can say early that its link is stale; returns the account id. */
export async function peekEmailToken(db: Db, tenantId: string, token: string, purpose: Purpose): Promise<string | undefined> {
	const [row] = await db
		.select({ accountId: emailTokens.accountId })
		.from(emailTokens)
		.where(and(openTokenRow(emailTokens, tenantId, token), eq(emailTokens.purpose, purpose)));
	return row?.accountId;
}

/**
 * Someone asked to register, or to move an account, to an address that already has an account.
 * The form answers as for a free address, so nobody learns which addresses are registered;
 * the owner hears of it instead.
 */
export async function mailAddressInUse(db: Db, ctx: MailSender, owner: { id: string; displayName: string; locale: Locale; email: string }) {
	await notify(db, ctx, {
		kind: 'email_in_use',
		to: { account: owner },
		params: { name: owner.displayName, signin: `${ctx.baseUrl}/anmelden`, reset: `${ctx.baseUrl}/passwort-vergessen` }
	});
}

const linkPaths = { verify_email: '/konto/bestaetigen', change_email: '/konto/bestaetigen', reset_password: '/passwort-neu' } as const;

/** Issues a one-time link and mails it, in the caller's transaction. */
export async function mailAccountLink(db: Db, ctx: MailSender, account: { id: string; displayName: string; locale: Locale }, to: string, purpose: Purpose): Promise<void> {
	const token = await issueEmailToken(db, ctx.tenant.id, account.id, purpose, purpose === 'change_email' ? to : undefined);
	await notify(db, ctx, {
		kind: purpose,
		to: { email: to, locale: account.locale, accountId: account.id },
		params: { name: account.displayName, link: `${ctx.baseUrl}${linkPaths[purpose]}?token=${token}` }
	});
}
