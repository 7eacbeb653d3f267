import type { Cookies } from '@sveltejs/kit';
import type { Tenant } from '../tenants';
import { config } from '../config';

/** One cookie per tenant, so being signed in to one municipality says nothing to another. */
export const sessionCookieName = (tenant: Tenant) => `gw_session_${tenant.slug}`;

/**
 * Whether people reach the site over https: PUBLIC_URL says so first, since behind a TLS proxy
 * the request itself may arrive as plain http; without it, the request's own protocol. Every
 * cookie is `Secure` then, and the answers carry HSTS.
 */
export function connectionIsSecure(url: URL): boolean {
	const publicUrl = config().PUBLIC_URL;
	return (publicUrl ? new URL(publicUrl) : url).protocol === 'https:';
}

export function setSessionCookie(cookies: Cookies, tenant: Tenant, token: string, expiresAt: Date, secure: boolean): void {
	cookies.set(sessionCookieName(tenant), token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires: expiresAt });
}

export function clearSessionCookie(cookies: Cookies, tenant: Tenant, secure: boolean): void {
	cookies.delete(sessionCookieName(tenant), { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

export const LANGUAGE_COOKIE = 'gw_lang';
