import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { signingKeys } from './schema';

const keys = new WeakMap<Db, Map<string, Buffer>>();

/**
 * The installation's key for one purpose of signed links (unsubscribing, a saved search's stop link):
 * made on first use and kept in the database, so every server process signs alike and no setting is
 * needed. Whoever reads the database could forge such links, so each may do one small thing only.
 */
export async function signingKey(db: Db, purpose: string): Promise<Buffer> {
	const known = keys.get(db)?.get(purpose);
	if (known) return known;
	await db
		.insert(signingKeys)
		.values({ purpose, secret: randomBytes(32).toString('base64url') })
		.onConflictDoNothing();
	const [row] = await db.select({ secret: signingKeys.secret }).from(signingKeys).where(eq(signingKeys.purpose, purpose));
	const key = Buffer.from(row.secret, 'base64url');
	if (!keys.has(db)) keys.set(db, new Map());
	keys.get(db)!.set(purpose, key);
	return key;
}
