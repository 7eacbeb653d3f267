import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '$lib/server/db/client';
import { signingKey } from './signing-keys';

/** Whom an unsubscribe link speaks for: an account, or an address that has none. */
export type UnsubscribeRecipient = { accountId: string } | { emailSha256: string };

export interface UnsubscribeClaim {
	tenantId: string;
	/** A kind's name, or `*` for every kind (the link in a digest). */
	kind: string;
	recipient: UnsubscribeRecipient;
}

export const ALL_KINDS = '*';

const VERSION = 'u1';
const PURPOSE = 'unsubscribe';

export const emailSha256 = (email: string) => createHash('sha256').update(email.trim().toLowerCase()).digest('hex');

const payloadOf = (claim: UnsubscribeClaim) =>
	[VERSION, claim.tenantId, claim.kind, ...('accountId' in claim.recipient ? ['a', claim.recipient.accountId] : ['e', claim.recipient.emailSha256])].join('|');

const mac = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest();

/** Signs a claim with a key: the token of the link in the mail and its List-Unsubscribe header. It never expires, as the mail does not. */
export function signClaim(key: Buffer, claim: UnsubscribeClaim): string {
	const payload = payloadOf(claim);
	return `${Buffer.from(payload).toString('base64url')}.${mac(key, payload).toString('base64url')}`;
}

/** The claim of a token signed with this key for this tenant, or null for anything else. */
export function verifyClaim(key: Buffer, tenantId: string, token: string): UnsubscribeClaim | null {
	if (typeof token !== 'string' || token.length > 400) return null;
	const [encoded, signature, ...rest] = token.split('.');
	if (!encoded || !signature || rest.length) return null;
	const payload = Buffer.from(encoded, 'base64url').toString();
	const given = Buffer.from(signature, 'base64url');
	const expected = mac(key, payload);
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
	const [version, claimedTenant, kind, type, id, ...extra] = payload.split('|');
	if (version !== VERSION || claimedTenant !== tenantId || !kind || !id || extra.length) return null;
	if (type === 'a') return { tenantId, kind, recipient: { accountId: id } };
	if (type === 'e') return { tenantId, kind, recipient: { emailSha256: id } };
	return null;
}

export const signUnsubscribe = async (db: Db, claim: UnsubscribeClaim) => signClaim(await signingKey(db, PURPOSE), claim);
export const verifyUnsubscribe = async (db: Db, tenantId: string, token: string) => verifyClaim(await signingKey(db, PURPOSE), tenantId, token);
