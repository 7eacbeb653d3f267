import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import type { Actor } from '../permissions';
import { accounts, roleAssignments, sessions } from './schema';
import { organisationMemberships } from '../organisations/schema';
import { generateToken, hashToken } from './tokens';
import { toPublicAccount, type PublicAccount } from './schema-types';

const DAY = 24 * 3600 * 1000;
/** A session not used for this long ends (sliding expiry)… */
export const SESSION_IDLE_DAYS = 14;
/** …and every session ends this long after sign-in, however often it was used, so a stolen token does not live forever. */
export const SESSION_MAX_DAYS = 30;
/** A session used within its last 7 days is extended again, up to its absolute end. */
const RENEW_WITHIN_DAYS = 7;

export async function createSession(db: Db, tenantId: string, accountId: string): Promise<{ token: string; expiresAt: Date }> {
	const token = generateToken();
	const expiresAt = new Date(Date.now() + SESSION_IDLE_DAYS * DAY);
	await db.insert(sessions).values({ tenantId, id: hashToken(token), accountId, expiresAt });
	return { token, expiresAt };
}

export interface ValidSession {
	account: PublicAccount;
	actor: Actor;
	expiresAt: Date;
	/** True when the expiry moved, so the cookie should be sent again. */
	renewed: boolean;
}

export async function validateSession(db: Db, tenantId: string, token: string): Promise<ValidSession | null> {
	if (!token || token.length > 100) return null;
	const id = hashToken(token);
	const [row] = await db
		.select({ session: sessions, account: accounts })
		.from(sessions)
		.innerJoin(accounts, and(eq(accounts.tenantId, sessions.tenantId), eq(accounts.id, sessions.accountId)))
		.where(and(eq(sessions.tenantId, tenantId), eq(sessions.id, id), gt(sessions.expiresAt, new Date()), gt(sessions.createdAt, new Date(Date.now() - SESSION_MAX_DAYS * DAY))));
	if (!row || row.account.disabledAt) return null;

	let expiresAt = row.session.expiresAt;
	let renewed = false;
	const end = row.session.createdAt.getTime() + SESSION_MAX_DAYS * DAY;
	const extended = Math.min(Date.now() + SESSION_IDLE_DAYS * DAY, end);
	if (expiresAt.getTime() - Date.now() < RENEW_WITHIN_DAYS * DAY && extended > expiresAt.getTime()) {
		expiresAt = new Date(extended);
		renewed = true;
		await db
			.update(sessions)
			.set({ expiresAt })
			.where(and(eq(sessions.tenantId, tenantId), eq(sessions.id, id)));
	}
	return { account: toPublicAccount(row.account), actor: await loadActor(db, tenantId, row.account.id), expiresAt, renewed };
}

export async function loadActor(db: Db, tenantId: string, accountId: string): Promise<Actor> {
	const [roles, memberships] = await Promise.all([
		db
			.select({ role: roleAssignments.role })
			.from(roleAssignments)
			.where(and(eq(roleAssignments.tenantId, tenantId), eq(roleAssignments.accountId, accountId))),
		db
			.select({ organisationId: organisationMemberships.organisationId, role: organisationMemberships.role })
			.from(organisationMemberships)
			.where(and(eq(organisationMemberships.tenantId, tenantId), eq(organisationMemberships.accountId, accountId)))
	]);
	return { tenantId, accountId, roles: roles.map((r) => r.role), memberships };
}

export async function invalidateSession(db: Db, tenantId: string, token: string): Promise<void> {
	await db.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.id, hashToken(token))));
}

export async function invalidateAllSessions(db: Db, tenantId: string, accountId: string): Promise<void> {
	await db.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.accountId, accountId)));
}
