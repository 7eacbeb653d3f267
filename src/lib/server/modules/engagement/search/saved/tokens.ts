import { createHash, createHmac, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { signingKeys } from '$lib/server/core/notifications/schema';

/*
 * A saved search's links. Only SHA-256 hashes of their tokens are stored. The confirmation token
 * is random and mailed once; the stop ("abbestellen") token must be in every mail of the search,
 * so it is derived from the search's id with the installation's key and can be made again.
 */

const PURPOSE = 'engagement.saved-search';
const keys = new WeakMap<Db, Buffer>();

async function signingKey(db: Db): Promise<Buffer> {
	const known = keys.get(db);
	if (known) return known;
	await db
		.insert(signingKeys)
		.values({ purpose: PURPOSE, secret: randomBytes(32).toString('base64url') })
		.onConflictDoNothing();
	const [row] = await db.select({ secret: signingKeys.secret }).from(signingKeys).where(eq(signingKeys.purpose, PURPOSE));
	const key = Buffer.from(row.secret, 'base64url');
	keys.set(db, key);
	return key;
}

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** The token of a saved search's one-click stop link: the same in every mail of it. */
export async function stopToken(db: Db, tenantId: string, savedSearchId: string): Promise<string> {
	return createHmac('sha256', await signingKey(db))
		.update(`s1|${tenantId}|${savedSearchId}`)
		.digest('base64url');
}

export const newConfirmToken = () => randomBytes(24).toString('base64url');

/** A token from a link as people paste it: anything that cannot be ours is not looked up. */
export const plausibleToken = (token: unknown): token is string => typeof token === 'string' && /^[A-Za-z0-9_-]{20,100}$/.test(token);
