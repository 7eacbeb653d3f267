/**
 * What every answer of the server promises, asked without a browser: security headers on
 * everything (static files, health check, unknown municipality, refused cross-site forms), and
 * links in mails that never come from the request's Host header.
 */
import { test, expect, type APIRequestContext } from '@playwright/test';
import { demoAccounts } from '../../src/lib/server/seed/demo-accounts';

const account = (email: string) => demoAccounts.find((a) => a.email === email)!;

async function bearer(request: APIRequestContext, who: { email: string; password: string }): Promise<string> {
	const response = await request.post('/api/v1/sessions', { data: { email: who.email, password: who.password } });
	expect(response.status()).toBe(201);
	return (await response.json()).token;
}

test('every answer carries the security headers', async ({ request, baseURL }) => {
	const answers = {
		'a static file': await request.get('/favicon.svg'),
		'the health check': await request.get('/healthz'),
		'an unknown municipality': await request.get('/t/gibt-es-nicht/'),
		'a refused cross-site form': await request.post('/anmelden', { headers: { origin: 'https://evil.example' }, form: { email: 'x' } }),
		'a page': await request.get('/'),
		'a missing page': await request.get('/gibt-es-nicht'),
		'an API answer': await request.get('/api/v1/organisations'),
		'a data request': await request.get('/__data.json')
	};
	expect(answers['an unknown municipality'].status()).toBe(404);
	expect(answers['a refused cross-site form'].status()).toBe(403);
	for (const [what, response] of Object.entries(answers)) {
		const headers = response.headers();
		expect(headers['x-content-type-options'], `${what} (${baseURL})`).toBe('nosniff');
		expect(headers['x-frame-options'], what).toBe('DENY');
		expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
		expect(headers['cross-origin-opener-policy'], what).toBe('same-origin');
	}
});

test('an unknown municipality is a sentence on pages and an error in the API format under /api/', async ({ request }) => {
	const page = await request.get('/t/gibt-es-nicht/vereine');
	expect(page.status()).toBe(404);
	expect(await page.text()).toBe('Diese Gemeinde ist hier nicht bekannt.');
	const api = await request.get('/t/gibt-es-nicht/api/v1/organisations', { headers: { 'accept-language': 'en' } });
	expect(api.status()).toBe(404);
	expect(await api.json()).toEqual({ error: { code: 'unknown_tenant', message: 'This municipality is not known here.' } });
});

test('a reset link asked for under a forged Host header leads to the real address', async ({ request, baseURL }) => {
	const editor = account('redaktion@lindwerder.example');
	const sent = await request.post('/passwort-vergessen', {
		headers: { host: 'evil.example', origin: 'http://evil.example', accept: 'text/html' },
		form: { email: editor.email }
	});
	expect(sent.status()).toBe(200);

	const token = await bearer(request, account('admin@lindwerder.example'));
	const auth = { authorization: `Bearer ${token}` };
	// The job worker writes the link and its mail a moment after the answer.
	const newestMail = async () => {
		const outbox = await (await request.get(`/admin/mail?an=${encodeURIComponent(editor.email)}`, { headers: auth })).text();
		const newest = /\/admin\/mail\/([0-9a-f-]{36})/.exec(outbox)?.[1];
		return newest ? (await request.get(`/admin/mail/${newest}`, { headers: auth })).text() : '';
	};
	await expect.poll(async () => (await newestMail()).includes('passwort-neu?token='), { message: 'the reset mail is in the outbox', timeout: 15_000 }).toBe(true);
	const mail = await newestMail();
	expect(mail).not.toContain('evil.example');
	expect(mail).toContain(`${new URL(baseURL!).origin}/passwort-neu?token=`);

	const openApi = await (await request.get('/api/v1/openapi.json', { headers: { host: 'evil.example' } })).json();
	expect(openApi.servers).toEqual([{ url: `${new URL(baseURL!).origin}/api/v1` }]);
});

test('a mail program’s one-click unsubscribe reaches its page; every other form from elsewhere is refused', async ({ request }) => {
	// RFC 8058: the mail provider POSTs to the link without cookies and without an Origin header.
	const link = '/abbestellen?token=kein-gueltiger-link';
	const oneClick = await request.post(link, { headers: { accept: '*/*' }, form: { 'List-Unsubscribe': 'One-Click' } });
	expect(oneClick.status(), 'the action ran and answered in its own format').toBe(200);
	expect(await oneClick.json()).toMatchObject({ type: 'failure', status: 400 });
	const asPage = await request.post(link, { headers: { accept: 'text/html' }, form: { 'List-Unsubscribe': 'One-Click' } });
	expect(asPage.status(), 'the page says the link is not valid').toBe(400);
	expect(await asPage.text()).toContain('<html');

	const elsewhere = { origin: 'https://evil.example' };
	const refused = {
		'a form without Origin': await request.post('/anmelden', { form: { email: 'x@example.org', password: 'y' } }),
		'a form from another site': await request.post('/anmelden', { headers: elsewhere, form: { email: 'x@example.org' } }),
		'a multipart form from another site': await request.post('/registrieren', { headers: elsewhere, multipart: { email: 'x@example.org' } }),
		'a text/plain form from another site': await request.post('/konto/bestaetigung-senden', { headers: { ...elsewhere, 'content-type': 'text/plain' }, data: 'a=b' }),
		'a form under another municipality': await request.post('/t/lindwerder/anmelden', { headers: elsewhere, form: { email: 'x@example.org' } })
	};
	for (const [what, response] of Object.entries(refused)) {
		expect(response.status(), what).toBe(403);
		expect(await response.text(), what).toMatch(/^Cross-site POST form submissions are forbidden$/);
	}
});
