import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Db } from '$lib/server/db/client';
import { signingKey } from '$lib/server/core/notifications/signing-keys';

/*
 * A saved search's links. Only SHA-256 hashes of their tokens are stored. The confirmation token
 * is random and mailed once; the stop ("abbestellen") token must be in every mail of the search,
 * so it is derived from the search's id with the installation's key and can be made again.
 */

const PURPOSE = 'engagement.saved-search';
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** The token of a saved search's one-click stop link: the same in every mail of it. */
export async function stopToken(db: Db, tenantId: string, savedSearchId: string): Promise<string> {
	return createHmac('sha256', await signingKey(db, PURPOSE))
		.update(`s1|${tenantId}|${savedSearchId}`)
		.digest('base64url');
}

export const newConfirmToken = () => randomBytes(24).toString('base64url');

/** A token from a link as people paste it: anything that cannot be ours is not looked up. */
export const plausibleToken = (token: unknown): token is string => typeof token === 'string' && /^[A-Za-z0-9_-]{20,100}$/.test(token);
