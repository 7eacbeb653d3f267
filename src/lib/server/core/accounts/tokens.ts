import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: the secret a cookie, header or mail link carries. */
export const generateToken = (): string => randomBytes(32).toString('base64url');

/** Only this digest is stored, so a leaked table opens no session. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
