import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { de, expect, expectAccessible, test, visit } from './support';

const TSV = 'Turn- und Sportverein Lindwerder von 1892 e. V.';

/** Moves the focus with the Tab key only, until `target` has it. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
	for (let i = 0; i < limit; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error('the element never got the focus');
}

test('a resident searches the directory, filters by field with the keyboard, opens a profile and downloads the CSV', async ({ page }) => {
	await visit(page, '/netzwerk');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('section.netzwerk.title'));
	for (const path of ['/netzwerk/stadtplan', '/netzwerk/spaziergaenge', '/netzwerk/organisationen/neu', '/netzwerk/daten']) {
		await expect(page.locator(`main a[href="${path}"]`)).toHaveCount(1);
	}
	await page
		.getByRole('main')
		.getByRole('link', { name: de('directory.title') })
		.click();
	await expect(page).toHaveURL('/netzwerk/organisationen');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('directory.title'));
	await expectAccessible(page);

	// Full text with German compounds: "Sportverein" finds the "Turn- und Sportverein".
	const search = page.getByRole('search', { name: de('orglist.search_label') });
	await search.getByLabel(de('orglist.q')).fill('Sportverein');
	await search.getByRole('button', { name: de('orglist.submit') }).click();
	await expect(page).toHaveURL(/\?q=Sportverein$/);
	await expect(page.getByRole('link', { name: TSV })).toBeVisible();
	await expect(page.getByRole('status')).toHaveText(/gefunden/);
	await expectAccessible(page);

	// Filter by a field of activity with the keyboard only: the search text stays.
	await tabTo(page, search.getByLabel(de('orglist.category')));
	await page.keyboard.type('Sport');
	await tabTo(page, search.getByRole('button', { name: de('orglist.submit') }));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/[?&]feld=sport/);
	await expect(page).toHaveURL(/[?&]q=Sportverein/);
	await expect(search.getByLabel(de('orglist.category'))).toHaveValue('sport');
	await expect(page.getByRole('link', { name: TSV })).toBeVisible();
	await expect(page.getByRole('status')).toHaveText(/gefunden/);
	await expectAccessible(page);

	// The letter bar keeps the other filters.
	await expect(page.getByRole('navigation', { name: de('orglist.letters') }).getByRole('link', { name: 'T', exact: true })).toHaveAttribute(
		'href',
		'/netzwerk/organisationen?q=Sportverein&feld=sport&buchstabe=T'
	);
	await expect(page.getByRole('link', { name: de('orglist.show_on_map') })).toHaveAttribute('href', '/netzwerk/stadtplan?q=Sportverein&feld=sport');

	// The CSV of the current filter, with only what may be published.
	const downloading = page.waitForEvent('download');
	await page.getByRole('link', { name: de('orglist.download_csv') }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('organisationen-lindwerder.csv');
	const csv = readFileSync((await download.path())!, 'utf8');
	const lines = csv
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n');
	expect(lines[0]).toMatch(/^id;url;name;short_name;kind;categories;/);
	expect(lines.length).toBeGreaterThanOrEqual(2);
	expect(lines.some((line) => line.includes(TSV))).toBe(true);
	expect(lines.slice(1).every((line) => line.includes('Sport'))).toBe(true);

	// Open the profile with the keyboard as well.
	await tabTo(page, page.getByRole('link', { name: TSV }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TSV);
	await expectAccessible(page);
	await expect(page.getByText(de('org.network_badge'), { exact: true })).toBeVisible();
	await expect(page.getByText(de('org.verified_badge'), { exact: true })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: 'Sportplatz und Vereinsheim am Deich' })).toBeVisible();
	await expect(page.getByRole('link', { name: de('orgpage.places_on_map') })).toHaveAttribute('href', /\/netzwerk\/stadtplan\?organisation=[0-9a-f-]{36}$/);
	// Visitors neither edit nor confirm.
	await expect(page.getByRole('link', { name: de('orgpage.edit') })).toHaveCount(0);
	await expect(page.getByRole('button', { name: de('orgpage.confirm') })).toHaveCount(0);
});

test('an empty search says so and offers to propose an organisation; unknown profiles are not found', async ({ page }) => {
	await visit(page, '/netzwerk/organisationen?q=Quokkazuechterverband');
	await expect(page.getByRole('status')).toHaveText(de('orglist.count_none'));
	await expect(page.getByText(de('orglist.empty'))).toBeVisible();
	await expect(page.getByRole('link', { name: de('orglist.empty_propose') })).toHaveAttribute('href', '/netzwerk/organisationen/neu');
	await page.getByRole('link', { name: de('orglist.reset') }).click();
	await expect(page).toHaveURL('/netzwerk/organisationen');
	// Back to the whole register, A–Z.
	await expect(page.getByRole('status')).not.toHaveText(de('orglist.count_none'));
	await expect(page.getByRole('main').getByRole('link', { name: /^Afghanisch-Deutscher Familienverein/ })).toBeVisible();
	await expectAccessible(page);

	await visit(page, '/netzwerk/organisationen/00000000-0000-4000-8000-000000000000', 404);
	await visit(page, '/netzwerk/daten');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('opendata.title'));
});

test('the owner sees the edit link and confirms that the profile is current', async ({ ownerPage: page }) => {
	await visit(page, '/netzwerk/organisationen?q=Sportverein');
	await page.getByRole('link', { name: TSV }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TSV);
	await expectAccessible(page);
	await expect(page.getByRole('link', { name: de('orgpage.edit') })).toHaveAttribute('href', /\/netzwerk\/organisationen\/[0-9a-f-]{36}\/bearbeiten$/);
	await page.getByRole('button', { name: de('orgpage.confirm') }).click();
	await expect(page.getByText(de('orgpage.confirmed'))).toBeVisible();
	await expectAccessible(page);
});

// No browser involved: once is enough.
test('open data and the API answer with the published fields only', { tag: '@js-only' }, async ({ request }) => {
	const api = await request.get('/api/v1/organisations?q=Sportverein&pageSize=5');
	expect(api.status()).toBe(200);
	const body = await api.json();
	expect(body).toMatchObject({ page: 1, pageSize: 5 });
	const tsv = body.items.find((o: { name: string }) => o.name === TSV);
	expect(tsv).toBeTruthy();
	expect(tsv).not.toHaveProperty('status');
	expect(tsv).not.toHaveProperty('createdBy');

	const one = await request.get(`/api/v1/organisations/${tsv.id}`);
	expect((await one.json()).id).toBe(tsv.id);
	const missing = await request.get('/api/v1/organisations/00000000-0000-4000-8000-000000000000');
	expect(missing.status()).toBe(404);
	expect((await missing.json()).error.code).toBe('not_found');
	expect((await request.get('/api/v1/organisations?pageSize=1000')).status()).toBe(400);

	const geo = await request.get('/api/v1/places.geojson');
	expect(geo.headers()['content-type']).toBe('application/geo+json');
	expect((await geo.json()).features.some((f: { properties: { organisationId: string } }) => f.properties.organisationId === tsv.id)).toBe(true);
	// The document of all places is kept between changes: compressed on request, and 304 while unchanged.
	expect(geo.headers()['content-encoding']).toBe('gzip');
	const etag = geo.headers()['etag'];
	expect(etag).toMatch(/^"directory-\d+-[0-9a-f]{8}-de"$/);
	expect((await request.get('/api/v1/places.geojson', { headers: { 'if-none-match': etag } })).status()).toBe(304);
	expect((await request.get('/api/v1/places.geojson?art=club', { headers: { 'if-none-match': etag } })).status()).toBe(200);

	const json = await request.get('/netzwerk/daten/organisationen.json?netzwerk=1');
	expect(json.headers()['content-type']).toBe('application/json');
	expect((await json.json()).items.every((o: { networkMember: boolean }) => o.networkMember)).toBe(true);
	const geojson = await request.get('/netzwerk/daten/orte.geojson?stadtteil=gibt-es-nicht');
	expect(await geojson.json()).toEqual({ type: 'FeatureCollection', license: expect.objectContaining({ url: expect.stringMatching(/^https:\/\//) }), features: [] });
});

test.describe('a newcomer on a phone', () => {
	test.use({ viewport: { width: 375, height: 740 }, geolocation: { latitude: 54.5204, longitude: 9.5612 }, permissions: ['geolocation'] });

	test('finds a sports club near them by a typo and a postcode, with district and distance on the result', async ({ page }) => {
		await visit(page, '/netzwerk/organisationen');
		await expectAccessible(page);
		const search = page.getByRole('search', { name: de('orglist.search_label') });
		await search.getByLabel(de('orglist.q')).fill('Turnferein');
		await search.getByLabel(de('orglist.near')).fill('24998');
		await search.getByRole('button', { name: de('orglist.submit') }).click();
		await expect(page).toHaveURL(/\?q=Turnferein&plz=24998$/);
		await expect(page.getByText(de('orglist.near_postcode', { postcode: '24998' }))).toBeVisible();
		const first = page.locator('.directory-list > li').first();
		await expect(first.getByRole('link', { name: TSV })).toBeVisible();
		// The district, not the town, and how far it is.
		const meta = first.locator('.meta').first();
		await expect(meta).toHaveText(/^Verein · (Altstadt|Deichviertel|Hafen|Lindenhof|Mühlenau|Nordfeld) · \d+(,\d)? k?m entfernt$/);
		await expectAccessible(page);
		await first.getByRole('link', { name: TSV }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(TSV);
		await expectAccessible(page);
	});

	test('uses the browser location with one button', { tag: '@js-only' }, async ({ page }) => {
		await visit(page, '/netzwerk/organisationen?q=Sportverein');
		await page.getByRole('button', { name: de('orglist.near_locate') }).click();
		await expect(page).toHaveURL(/[?&]nahe=54\.52040(%2C|,)9\.56120/);
		await expect(page.getByText(de('orglist.near_here'))).toBeVisible();
		// Standing at its sports ground, the Turn- und Sportverein is nearest.
		await expect(page.locator('.directory-list > li').first().getByRole('link', { name: TSV })).toBeVisible();
		await expect(page.locator('.directory-list > li').first()).toContainText('10 m entfernt');
		await expectAccessible(page);
	});

	test('without JavaScript the location button stays hidden', { tag: '@nojs-only' }, async ({ page }) => {
		await visit(page, '/netzwerk/organisationen');
		await expect(page.getByRole('button', { name: de('orglist.near_locate') })).toBeHidden();
		await expect(page.getByLabel(de('orglist.near'))).toBeVisible();
	});
});
