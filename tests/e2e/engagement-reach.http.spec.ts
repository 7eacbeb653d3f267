/**
 * The Freiwilligenbörse beyond the platform, asked without a browser: the Atom feed, the widget's
 * framing rules against every other page's, and the office's export with its permissions.
 */
import { test, expect, type APIRequestContext } from '@playwright/test';
import { demoAccounts } from '../../src/lib/server/seed/demo-accounts';

const account = (email: string) => demoAccounts.find((a) => a.email === email)!;

async function bearer(request: APIRequestContext, email: string): Promise<Record<string, string>> {
	const who = account(email);
	const response = await request.post('/api/v1/sessions', { data: { email: who.email, password: who.password } });
	expect(response.status()).toBe(201);
	return { authorization: `Bearer ${(await response.json()).token}` };
}

test('the feed is Atom for any filter, and a value outside a closed list is a 400 with a sentence', async ({ request, baseURL }) => {
	const feed = await request.get('/engagement/feed.xml?commitment=once&q=%3Cscript%3E');
	expect(feed.status()).toBe(200);
	expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
	const xml = await feed.text();
	expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
	expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${baseURL}/engagement/feed.xml?q=%3Cscript%3E&amp;commitment=once"/>`);
	expect(xml).not.toContain('<script>');
	const refused = await request.get('/engagement/feed.xml?commitment=manchmal');
	expect(refused.status()).toBe(400);
	expect(await refused.text()).toMatch(/^Der Filter „commitment“ passt nicht: /);
});

test('only the widget may be framed, by the platform and the listed hosts; every other page refuses', async ({ request }) => {
	const widget = await request.get('/einbetten/engagement?limit=3&lang=en');
	expect(widget.status()).toBe(200);
	const headers = widget.headers();
	expect(headers['content-type']).toBe('text/html; charset=utf-8');
	expect(headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'( [a-z0-9.-]+)*$/);
	expect(headers['x-frame-options']).toBeUndefined();
	expect(headers['x-content-type-options']).toBe('nosniff');
	const html = await widget.text();
	expect(html).toContain('<html lang="en">');
	expect(html).not.toMatch(/<script/i);
	expect(html).toMatch(/target="_blank" rel="noopener"/);

	const badWidget = await request.get('/einbetten/engagement?limit=99');
	expect(badWidget.status()).toBe(400);
	expect(badWidget.headers()['x-frame-options']).toBeUndefined();

	for (const path of ['/', '/engagement/einbetten', '/engagement/feed.xml', '/anmelden', '/einbetten/gibt-es-nicht']) {
		const answer = await request.get(path);
		expect(answer.headers()['x-frame-options'], path).toBe('DENY');
		const policy = answer.headers()['content-security-policy'];
		if (policy) expect(policy, path).toContain("frame-ancestors 'none'");
	}
});

test('the export is the office’s: CSV and JSON for a coordinator, refused to a resident and to visitors', async ({ request }) => {
	const visitor = await request.get('/koordination/angebote/export?format=csv', { maxRedirects: 0 });
	expect([302, 303]).toContain(visitor.status());
	const resident = await request.get('/koordination/angebote/export?format=csv', { headers: await bearer(request, 'bewohnerin@lindwerder.example'), maxRedirects: 0 });
	expect(resident.status()).toBe(403);

	const office = await bearer(request, 'koordination@lindwerder.example');
	const csv = await request.get('/koordination/angebote/export?format=csv', { headers: office });
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
	expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename="engagementangebote-lindwerder-\d{4}-\d{2}-\d{2}\.csv"$/);
	expect((await csv.text()).split('\r\n')[0]).toMatch(/^\uFEFFOrganisation;Titel;Art des Engagements;/);
	const json = await request.get('/koordination/angebote/export?format=json', { headers: office });
	expect(json.status()).toBe(200);
	const body = await json.json();
	expect(body.count).toBe(body.items.length);
	expect((await request.get('/koordination/angebote/export?format=xml', { headers: office })).status()).toBe(400);
	const template = await request.get('/koordination/angebote/import/vorlage.csv', { headers: office });
	expect(template.status()).toBe(200);
	expect((await template.text()).split('\r\n')[1]).toMatch(/^Musterverein Beispielstadt e\. V\.;Hausaufgabenhilfe/);
});
