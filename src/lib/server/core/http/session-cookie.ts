import type { Cookies } from '@sveltejs/kit';
import type { Tenant } from '../tenants';

/** One cookie per tenant, so being signed in to one municipality says nothing to another. */
export const sessionCookieName = (tenant: Tenant) => `gw_session_${tenant.slug}`;

export function setSessionCookie(cookies: Cookies, tenant: Tenant, token: string, expiresAt: Date, secure: boolean): void {
	cookies.set(sessionCookieName(tenant), token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires: expiresAt });
}

export function clearSessionCookie(cookies: Cookies, tenant: Tenant, secure: boolean): void {
	cookies.delete(sessionCookieName(tenant), { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

export const LANGUAGE_COOKIE = 'gw_lang';
