import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, type AnyColumn, type SQL } from 'drizzle-orm';

/** 256 random bits, URL-safe: the secret a cookie, header or mail link carries. */
export const generateToken = (): string => randomBytes(32).toString('base64url');

/** Only this digest is stored, so a leaked table opens no session. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * A new one-time link (confirm an address, reset a password, accept an invitation): the secret for
 * the mail, the digest to store as the row's id, and when it stops working.
 */
export function newOneTimeToken(validForMs: number, now = Date.now()) {
	const token = generateToken();
	return { token, id: hashToken(token), expiresAt: new Date(now + validForMs) };
}

/** The columns every table of one-time links has. */
export interface OneTimeColumns {
	tenantId: AnyColumn;
	id: AnyColumn;
	/** Set once the link was used (or ended); null while it is open. */
	usedAt: AnyColumn;
	expiresAt: AnyColumn;
}

/**
 * The row of an open link: this tenant's, this secret's, not used and not expired. A value that
 * cannot be a token (empty, too long) matches nothing without reaching the database's index.
 */
export function openTokenRow(columns: OneTimeColumns, tenantId: string, token: string): SQL | undefined {
	const plausible = token.length > 10 && token.length <= 100;
	return and(eq(columns.tenantId, tenantId), eq(columns.id, plausible ? hashToken(token) : ''), isNull(columns.usedAt), gt(columns.expiresAt, new Date()));
}
