/**
 * What search engines, link previews and browsers read from the site, asked without a browser:
 * robots.txt, the sitemap and a few of its pages, security.txt, the web app manifest and icons,
 * canonical addresses, noindex where people sign in or work, and the schema.org data of a profile.
 */
import { test, expect, type APIRequestContext } from '@playwright/test';
import { demoAccounts } from '../../src/lib/server/seed/demo-accounts';

const origin = (baseURL: string | undefined) => new URL(baseURL!).origin;

/** The content of `<meta name|property="…" content="…">`, or of `<link rel="…" href="…">`. */
const meta = (html: string, key: string) => new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1] ?? null;
const link = (html: string, rel: string) => new RegExp(`<link rel="${rel}" href="([^"]*)"`).exec(html)?.[1] ?? null;

async function sitemap(request: APIRequestContext, path: string) {
	const response = await request.get(path);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('application/xml');
	const xml = await response.text();
	expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
	return [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/url>/g)].map(([, loc, lastmod]) => ({ loc, lastmod }));
}

test('robots.txt keeps crawlers out of signed-in areas, sign-in pages and the API, not out of the directory', async ({ request, baseURL }) => {
	const response = await request.get('/robots.txt');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('text/plain');
	const lines = (await response.text()).split('\n');
	for (const prefix of ['/mein-bereich', '/koordination', '/admin', '/konto', '/api', '/anmelden', '/registrieren']) expect(lines).toContain(`Disallow: ${prefix}`);
	expect(lines.filter((l) => /^Disallow: \/netzwerk(\/organisationen)?$/.test(l))).toEqual([]);
	expect(lines).toContain(`Sitemap: ${origin(baseURL)}/sitemap.xml`);
});

test('the sitemap lists public pages and published profiles with their last change, and its pages answer', async ({ request, baseURL }) => {
	const entries = await sitemap(request, '/sitemap.xml');
	const locs = entries.map((e) => e.loc);
	expect(locs).toEqual(expect.arrayContaining([`${origin(baseURL)}/`, `${origin(baseURL)}/netzwerk/organisationen`, `${origin(baseURL)}/impressum`]));
	const profiles = entries.filter((e) => /\/netzwerk\/organisationen\/[0-9a-f-]{36}$/.test(e.loc));
	expect(profiles.length).toBeGreaterThan(5);
	for (const profile of profiles) expect(Number.isNaN(Date.parse(profile.lastmod!)), profile.loc).toBe(false);
	const walk = entries.find((e) => /\/netzwerk\/spaziergaenge\/[a-z0-9-]+$/.test(e.loc));
	for (const loc of [`${origin(baseURL)}/netzwerk/stadtplan`, profiles[0].loc, walk?.loc ?? locs[1]]) {
		expect(locs).toContain(loc);
		expect((await request.get(loc)).status(), loc).toBe(200);
	}

	// A municipality under /t/<slug> has its own, with its own addresses.
	const district = await sitemap(request, '/t/kreis-nordaue/sitemap.xml');
	expect(district.length).toBeGreaterThan(3);
	for (const entry of district) expect(entry.loc.startsWith(`${origin(baseURL)}/t/kreis-nordaue/`), entry.loc).toBe(true);
});

test('security.txt names a contact, expires in a year and says where it lives', async ({ request, baseURL }) => {
	const response = await request.get('/.well-known/security.txt');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('text/plain');
	const text = await response.text();
	expect(text).toMatch(/^Contact: mailto:\S+@\S+$/m);
	expect(text).toContain('Preferred-Languages: de, en');
	expect(text).toContain(`Canonical: ${origin(baseURL)}/.well-known/security.txt`);
	const expires = Date.parse(/^Expires: (\S+)$/m.exec(text)![1]);
	expect(expires - Date.now()).toBeGreaterThan(360 * 24 * 3600 * 1000);
	expect(expires - Date.now()).toBeLessThan(367 * 24 * 3600 * 1000);
});

test('the web app manifest and the icons it names, and the favicon', async ({ request }) => {
	const home = await (await request.get('/')).text();
	expect(link(home, 'manifest')).toBe('/manifest.webmanifest');
	expect(home).toContain('<link rel="icon" href="/favicon.ico"');

	const response = await request.get('/manifest.webmanifest');
	expect(response.headers()['content-type']).toContain('application/manifest+json');
	const manifest = await response.json();
	expect(manifest).toMatchObject({ name: 'Engagiert in Lindwerder', short_name: 'Lindwerder', start_url: '/' });
	expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
	expect(meta(home, 'theme-color')).toBe(manifest.theme_color);
	for (const icon of manifest.icons) {
		const image = await request.get(icon.src);
		expect(image.status(), icon.src).toBe(200);
		expect(image.headers()['content-type']).toBe('image/png');
	}
	expect((await (await request.get('/t/kreis-nordaue/manifest.webmanifest')).json()).start_url).toBe('/t/kreis-nordaue/');

	const favicon = await request.get('/favicon.ico');
	expect(favicon.status()).toBe(200);
	expect(favicon.headers()['content-type']).toBe('image/x-icon');
	// An ICO file: reserved 0, type 1 (icon), then the number of images.
	expect([...(await favicon.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
});

test('public pages have a description and a canonical address without filters; sign-in and admin pages are noindex', async ({ request, baseURL }) => {
	const list = await (await request.get('/netzwerk/organisationen?q=Verein&utm_source=newsletter&seite=2')).text();
	expect(link(list, 'canonical')).toBe(`${origin(baseURL)}/netzwerk/organisationen?seite=2`);
	expect(meta(list, 'og:url')).toBe(`${origin(baseURL)}/netzwerk/organisationen?seite=2`);
	expect(meta(list, 'description')).toContain('Lindwerder');
	expect(meta(list, 'og:site_name')).toBe('Engagiert in Lindwerder');
	expect(meta(list, 'og:locale')).toBe('de_DE');
	expect(meta(list, 'robots')).toBeNull();

	const signIn = await (await request.get('/anmelden')).text();
	expect(meta(signIn, 'robots')).toBe('noindex');
	expect(link(signIn, 'canonical')).toBeNull();

	const admin = demoAccounts.find((a) => a.email === 'admin@lindwerder.example')!;
	const session = await request.post('/api/v1/sessions', { data: { email: admin.email, password: admin.password } });
	const token = (await session.json()).token;
	const adminPage = await (await request.get('/admin', { headers: { authorization: `Bearer ${token}` } })).text();
	expect(meta(adminPage, 'robots')).toBe('noindex');

	const missing = await request.get('/gibt-es-nicht');
	expect(missing.status()).toBe(404);
	expect(meta(await missing.text(), 'robots')).toBe('noindex');
});

test('a profile tells search engines who the organisation is, where it is and shows its logo in previews', async ({ request, baseURL }) => {
	const search = await (await request.get(`/netzwerk/organisationen?q=${encodeURIComponent('Turn- und Sportverein Lindwerder')}`)).text();
	const path = /href="(\/netzwerk\/organisationen\/[0-9a-f-]{36})[?"]/.exec(search)![1];
	const html = await (await request.get(path)).text();
	const url = `${origin(baseURL)}${path}`;
	expect(link(html, 'canonical')).toBe(url);
	expect(meta(html, 'og:title')).toContain('Turn- und Sportverein Lindwerder');
	expect(meta(html, 'description')!.length).toBeGreaterThan(20);
	expect(meta(html, 'og:image')).toMatch(new RegExp(`^${origin(baseURL)}/dateien/\\S+`));
	expect((await request.get(meta(html, 'og:image')!)).status()).toBe(200);

	const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
	expect(scripts).toHaveLength(1);
	const data = JSON.parse(scripts[0][1]);
	expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Turn- und Sportverein Lindwerder von 1892 e. V.', url });
	expect(data.logo).toBe(meta(html, 'og:image'));
	expect(data.address).toMatchObject({ '@type': 'PostalAddress', addressCountry: 'DE' });
	expect(data.address.postalCode).toMatch(/^\d{5}$/);
	expect(data.location.geo).toMatchObject({ '@type': 'GeoCoordinates' });
	expect(typeof data.location.geo.latitude).toBe('number');
	expect(typeof data.location.geo.longitude).toBe('number');
});
