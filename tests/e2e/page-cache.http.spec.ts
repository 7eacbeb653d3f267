/**
 * Visitors' pages kept in memory (decision 0016), asked without a browser: the same validator
 * twice, 304 for a copy that is still current, compressed bytes as asked, nothing kept for anyone
 * signed in, and a new page once the municipality's settings change.
 */
import { test, expect, request as playwrightRequest } from '@playwright/test';
import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { demoAccounts } from '../../src/lib/server/seed/demo-accounts';

const account = (email: string) => demoAccounts.find((a) => a.email === email)!;
const PROFILE = '/netzwerk/organisationen/6f1e2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';

/** Signs in on a context of its own: the answer also sets the session cookie, which would make the test's own requests signed in. */
async function bearer(baseURL: string | undefined, who: { email: string; password: string }, base = ''): Promise<string> {
	const own = await playwrightRequest.newContext({ baseURL });
	try {
		const response = await own.post(`${base}/api/v1/sessions`, { data: { email: who.email, password: who.password } });
		expect(response.status()).toBe(201);
		return (await response.json()).token;
	} finally {
		await own.dispose();
	}
}

/** The bytes as they come over the wire (the request fixture would undo the compression). */
function raw(
	url: string,
	headers: Record<string, string>
): Promise<{
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}> {
	return new Promise((resolve, reject) => {
		httpRequest(url, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({
					status: res.statusCode!,
					headers: res.headers,
					body: Buffer.concat(chunks)
				})
			);
		})
			.on('error', reject)
			.end();
	});
}

test('a visitor gets the same page twice under one ETag, and 304 for a copy that is still current', async ({ request }) => {
	for (const path of ['/', '/netzwerk/organisationen', PROFILE, '/api/v1/organisations', `${PROFILE}/__data.json`]) {
		const first = await request.get(path);
		const second = await request.get(path);
		expect(first.status(), path).toBe(200);
		const etag = first.headers()['etag'];
		expect(etag, path).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
		expect(second.headers()['etag'], path).toBe(etag);
		expect(await second.text(), path).toBe(await first.text());
		expect(first.headers()['cache-control'], path).toBe('no-cache');
		expect(first.headers()['vary'], path).toContain('accept-encoding');

		const unchanged = await request.get(path, {
			headers: { 'if-none-match': etag }
		});
		expect(unchanged.status(), path).toBe(304);
		expect(await unchanged.body(), path).toHaveLength(0);
		expect(unchanged.headers()['etag'], path).toBe(etag);
		// A 304 is an answer like any other: the security headers stay.
		expect(unchanged.headers()['x-content-type-options'], path).toBe('nosniff');
		expect(unchanged.headers()['content-security-policy'] ?? 'none', path).not.toContain('nonce-');
	}
});

test('pages are kept per language: the API’s Accept-Language and the language cookie each get their own', async ({ request }) => {
	const de = await request.get('/api/v1/organisations', {
		headers: { 'accept-language': 'de' }
	});
	const en = await request.get('/api/v1/organisations', {
		headers: { 'accept-language': 'en' }
	});
	expect(de.headers()['etag']).not.toBe(en.headers()['etag']);
	const german = await request.get('/netzwerk/organisationen');
	const english = await request.get('/netzwerk/organisationen', {
		headers: { cookie: 'gw_lang=en' }
	});
	expect(await german.text()).toContain('lang="de"');
	expect(await english.text()).toContain('lang="en"');
	expect(english.headers()['etag']).not.toBe(german.headers()['etag']);
});

test('brotli when the client takes it, gzip otherwise, the same page either way', async ({ baseURL }) => {
	const url = `${baseURL}/netzwerk/organisationen`;
	const plain = await raw(url, {});
	const br = await raw(url, { 'accept-encoding': 'gzip, deflate, br' });
	const gz = await raw(url, { 'accept-encoding': 'gzip' });
	expect(plain.headers['content-encoding']).toBeUndefined();
	expect(br.headers['content-encoding']).toBe('br');
	expect(gz.headers['content-encoding']).toBe('gzip');
	expect(br.body.length).toBeLessThan(plain.body.length / 3);
	expect(brotliDecompressSync(br.body).toString()).toBe(plain.body.toString());
	expect(gunzipSync(gz.body).toString()).toBe(plain.body.toString());
	expect(Number(br.headers['content-length'])).toBe(br.body.length);
	expect(br.headers['etag']).toBe(plain.headers['etag']);
});

test('someone signed in gets a page of their own: private, no-store, never a visitor’s ETag', async ({ request, baseURL }) => {
	const visitor = await request.get('/netzwerk/organisationen');
	const etag = visitor.headers()['etag'];
	const token = await bearer(baseURL, account('koordination@lindwerder.example'));
	const signedIn: Record<string, string>[] = [{ cookie: `gw_session_lindwerder=${token}` }, { authorization: `Bearer ${token}` }];
	for (const headers of signedIn) {
		const own = await request.get('/netzwerk/organisationen', {
			headers: { ...headers, 'if-none-match': etag }
		});
		expect(own.status()).toBe(200);
		expect(own.headers()['cache-control']).toBe('private, no-store');
		expect(own.headers()['etag']).not.toBe(etag);
		// Their own header: the sign-out button only the signed-in page has.
		expect(await own.text()).toContain('action="/abmelden"');
	}
	// A session cookie that is no session does not get the visitors' copy either.
	const stale = await request.get('/netzwerk/organisationen', {
		headers: {
			cookie: 'gw_session_lindwerder=abgelaufen',
			'if-none-match': etag
		}
	});
	expect(stale.status()).toBe(200);
	expect(stale.headers()['etag']).not.toBe(etag);
	expect(await (await request.get('/netzwerk/organisationen')).text()).not.toContain('action="/abmelden"');
});

test('private pages are never kept, for visitors or anyone else', async ({ request, baseURL }) => {
	const visitor = await request.get('/mein-bereich', { maxRedirects: 0 });
	expect(visitor.status()).toBe(303);
	expect(visitor.headers()['etag']).toBeUndefined();
	const token = await bearer(baseURL, account('bewohnerin@lindwerder.example'));
	const own = await request.get('/mein-bereich', {
		headers: { authorization: `Bearer ${token}` }
	});
	expect(own.headers()['cache-control']).toBe('private, no-store');
	expect(await own.text()).toContain('Lea Hansen');
	const again = await request.get('/mein-bereich', { maxRedirects: 0 });
	expect(again.status()).toBe(303);
});

test('a change of the municipality’s settings gives visitors the new page at once', async ({ request, baseURL }) => {
	const base = '/t/kreis-nordaue';
	const before = await request.get(`${base}/`);
	expect(await before.text()).toContain('Kreis Nordaue');
	const token = await bearer(baseURL, account('admin@kreis-nordaue.example'), base);
	const save = (name: string) =>
		request.post(`${base}/admin/gemeinde`, {
			headers: {
				authorization: `Bearer ${token}`,
				origin: baseURL!,
				accept: 'text/html'
			},
			form: {
				name,
				officeName: 'Kreis Nordaue – Fachdienst Ehrenamt und Sport',
				officeStreet: 'Kreishausplatz 2',
				officePostcode: '24999',
				officeCity: 'Nordaue',
				officeEmail: 'ehrenamt@kreis-nordaue.example',
				officePhone: '04699 10-0',
				colorPrimary: '#2f5d3a',
				colorSecondary: '#e8c547',
				defaultLocale: 'de',
				tileUrl: '',
				tileAttribution: '',
				openDataLicence: 'DL-DE-BY-2.0'
			}
		});
	try {
		expect((await save('Kreis Nordaue (geändert)')).status()).toBe(200);
		const after = await request.get(`${base}/`, {
			headers: { 'if-none-match': before.headers()['etag'] }
		});
		expect(after.status()).toBe(200);
		expect(await after.text()).toContain('Kreis Nordaue (geändert)');
		expect(after.headers()['etag']).not.toBe(before.headers()['etag']);
	} finally {
		expect((await save('Kreis Nordaue')).status()).toBe(200);
	}
	expect(await (await request.get(`${base}/`)).text()).not.toContain('(geändert)');
});
