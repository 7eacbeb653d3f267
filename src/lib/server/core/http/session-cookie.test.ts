import { afterEach, describe, expect, it, vi } from 'vitest';

const original = process.env.PUBLIC_URL;

/** The configuration is read once per process, so each case loads the module afresh. */
async function withPublicUrl(publicUrl: string | undefined) {
	if (publicUrl === undefined) delete process.env.PUBLIC_URL;
	else process.env.PUBLIC_URL = publicUrl;
	vi.resetModules();
	return import('./session-cookie');
}

afterEach(() => {
	if (original === undefined) delete process.env.PUBLIC_URL;
	else process.env.PUBLIC_URL = original;
});

describe('connectionIsSecure', () => {
	it('follows PUBLIC_URL first: behind a TLS proxy the request itself arrives as plain http', async () => {
		const { connectionIsSecure } = await withPublicUrl('https://engagement.example');
		expect(connectionIsSecure(new URL('http://engagement.example/anmelden'))).toBe(true);
		expect(connectionIsSecure(new URL('https://engagement.example/anmelden'))).toBe(true);
	});

	it('says plain http when PUBLIC_URL does, whatever the request claims', async () => {
		const { connectionIsSecure } = await withPublicUrl('http://localhost:3000');
		expect(connectionIsSecure(new URL('https://localhost:3000/'))).toBe(false);
	});

	it('takes the request’s protocol without PUBLIC_URL', async () => {
		const { connectionIsSecure } = await withPublicUrl(undefined);
		expect(connectionIsSecure(new URL('https://engagement.example/'))).toBe(true);
		expect(connectionIsSecure(new URL('http://localhost:5173/'))).toBe(false);
	});

	it('makes the session cookie Secure when PUBLIC_URL is https and ORIGIN is not set', async () => {
		const { connectionIsSecure, setSessionCookie } = await withPublicUrl('https://engagement.example');
		const set = vi.fn();
		const cookies = { set } as unknown as Parameters<typeof setSessionCookie>[0];
		const tenant = { slug: 'lindwerder' } as Parameters<typeof setSessionCookie>[1];
		const expires = new Date(Date.now() + 3600_000);
		setSessionCookie(cookies, tenant, 'token', expires, connectionIsSecure(new URL('http://engagement.example/anmelden')));
		expect(set).toHaveBeenCalledWith('gw_session_lindwerder', 'token', { path: '/', httpOnly: true, sameSite: 'lax', secure: true, expires });
	});
});
