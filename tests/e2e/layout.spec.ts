import type { Page, Response } from '@playwright/test';
import { de, en, expect, expectAccessible, field, pageHasScripts, test, visit } from './support';
import { catalogue, type MessageKey } from '../../src/lib/i18n';

const sections: { path: string; nav: MessageKey; title: MessageKey }[] = [
	{ path: '/netzwerk', nav: 'nav.network', title: 'section.netzwerk.title' },
	{ path: '/ueber-uns', nav: 'nav.about', title: 'section.ueber-uns.title' }
];

const legal: { path: string; title: MessageKey }[] = [
	{ path: '/impressum', title: 'legal.imprint' },
	{ path: '/datenschutz', title: 'legal.privacy' },
	{ path: '/barrierefreiheit', title: 'legal.accessibility' }
];

test('the home page leads to the sections and the legal pages, all accessible', { tag: '@script-free' }, async ({ page }) => {
	await visit(page, '/');
	await expect(page).toHaveTitle(de('home.title', { where: 'in Lindwerder' }));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('home.heading', { where: 'in Lindwerder' }));
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page.getByRole('link', { name: de('home.cta_register') })).toBeVisible();

	const mainNav = page.getByRole('navigation', { name: de('layout.main_nav') });
	for (const section of sections) {
		await mainNav.getByRole('link', { name: de(section.nav), exact: true }).click();
		await expect(page).toHaveURL(section.path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(de(section.title));
		await expect(mainNav.getByRole('link', { name: de(section.nav), exact: true })).toHaveAttribute('aria-current', 'page');
		await expect(page).toHaveTitle(`${de(section.title)} – Lindwerder`);
		await expectAccessible(page);
	}

	const footerNav = page.getByRole('navigation', { name: de('layout.footer_nav') });
	for (const item of legal) {
		await footerNav.getByRole('link', { name: de(item.title), exact: true }).click();
		await expect(page).toHaveURL(item.path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(de(item.title));
		// The demo seed fills every legal text; the placeholder for a missing one must not show.
		await expect(page.getByText(de('legal.missing'))).toHaveCount(0);
		await expect(page.getByText(/^Stand: /)).toBeVisible();
		await expectAccessible(page);
	}

	// The brand link leads home again.
	await page.getByRole('link', { name: new RegExp(de('layout.brand', { where: 'in Lindwerder' })) }).click();
	await expect(page).toHaveURL('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('home.heading', { where: 'in Lindwerder' }));
	await expectAccessible(page);
});

test('the home page leads with the search in the Freiwilligenbörse and cards for what the modules offer, the Vereinsregister with its own search', async ({ page }) => {
	await visit(page, '/');
	await expect(page.getByText(de('home.lead'))).toBeVisible();
	const cards = page.getByRole('region', { name: de('home.fields_heading') });
	await expect(cards.locator('ul.cards > li')).toHaveCount(5);
	await expect(page.getByRole('search', { name: de('esearch.title') }).getByRole('searchbox', { name: de('esearch.home_search') })).toBeVisible();
	await cards.getByRole('link', { name: de('network.map') }).click();
	await expect(page).toHaveURL('/netzwerk/stadtplan');
	await expectAccessible(page);

	await visit(page, '/');
	const directorySearch = page.getByRole('search', { name: de('directory.title') });
	await field(directorySearch, de('home.directory_search')).fill('Sport');
	await directorySearch.getByRole('button', { name: de('home.search_submit') }).click();
	await expect(page).toHaveURL('/netzwerk/organisationen?q=Sport');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('directory.title'));
	await expect(page.getByRole('searchbox', { name: de('orglist.q') })).toHaveValue('Sport');
	await expectAccessible(page);
});

test('the skip link is the first Tab stop and moves the focus to the main content', { tag: '@script-free' }, async ({ page }) => {
	await visit(page, '/');
	const skip = page.getByRole('link', { name: de('layout.skip') });
	await expect(skip).not.toBeInViewport();
	await page.keyboard.press('Tab');
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main#inhalt')).toBeFocused();
	// The next Tab stop is the first control inside the main content, the search box, not the header again.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('main').getByRole('searchbox', { name: de('esearch.home_search') })).toBeFocused();
});

test('the accessibility feedback form explains a too short message and accepts a good one', { tag: '@script-free' }, async ({ page, adminPage }) => {
	await visit(page, '/barrierefreiheit');
	const form = page.getByRole('region', { name: de('feedback.heading') });
	const pageField = field(form, de('feedback.page'));
	const message = field(form, de('feedback.message'));
	await pageField.fill('Kalender');
	await message.fill('Zu kurz');
	await form.getByRole('button', { name: de('feedback.submit') }).click();

	await expect(message).toHaveAttribute('aria-invalid', 'true');
	await expect(message).toHaveAccessibleDescription(de('error.feedback_short'));
	// The sentence sits in the field's own box, above the text area.
	await expect(form.locator('.field', { has: page.locator('textarea[name="message"]') }).locator('.error')).toHaveText(de('error.feedback_short'));
	await expect(message).toHaveValue('Zu kurz');
	await expect(pageField).toHaveValue('Kalender');
	await expectAccessible(page);

	const text = `Der Kontrast der Terminliste ist zu schwach (${test.info().project.name} ${Date.now()}).`;
	await message.fill(text);
	await form.getByRole('button', { name: de('feedback.submit') }).click();
	await expect(form.getByRole('status')).toHaveText(de('feedback.thanks'));
	await expect(message).toHaveCount(0);
	await expectAccessible(page);

	// The administration reads it.
	await visit(adminPage, '/admin/rueckmeldungen');
	await expect(adminPage.getByRole('heading', { level: 1 })).toHaveText(de('admin.feedback'));
	await expect(adminPage.getByText(text)).toBeVisible();
});

test('unknown pages show the 404 page', { tag: '@script-free' }, async ({ page }) => {
	await visit(page, '/gibt-es-nicht', 404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('error.not_found_title'));
	await expect(page.getByText(de('error.not_found'))).toBeVisible();
	await page.getByRole('link', { name: de('error.back_home') }).click();
	await expect(page).toHaveURL('/');
	await expectAccessible(page);

	await visit(page, '/t/kreis-nordaue/auch-nicht', 404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('error.not_found_title'));
	await expect(page.getByRole('link', { name: de('error.back_home') })).toHaveAttribute('href', '/t/kreis-nordaue/');
});

test('no request leaves the server: fonts, scripts and images are our own', { tag: '@script-free' }, async ({ page, baseURL }) => {
	const requested: string[] = [];
	page.on('request', (request) => requested.push(request.url()));

	await visit(page, '/');
	await page
		.getByRole('navigation', { name: de('layout.main_nav') })
		.getByRole('link', { name: de('nav.about') })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('section.ueber-uns.title'));
	await expectAccessible(page);
	await visit(page, '/registrieren');
	await visit(page, '/anmelden');
	await visit(page, '/barrierefreiheit');
	await visit(page, '/t/kreis-nordaue/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('home.heading', { where: 'im Kreis Nordaue' }));

	expect(requested.length).toBeGreaterThan(5);
	const foreign = requested.filter((url) => !url.startsWith(`${baseURL}/`));
	expect(foreign, 'requests to other hosts').toEqual([]);
});

test('on a phone no page is wider than the screen', async ({ page, coordinatorPage, adminPage, javaScriptEnabled }) => {
	// Thirty pages, each scanned with axe: more than one ordinary journey's time.
	test.setTimeout(240_000);
	const club = '/netzwerk/organisationen/6f1e2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
	const pages: [typeof page, string[]][] = [
		[
			page,
			[
				'/',
				'/netzwerk',
				'/netzwerk/organisationen',
				'/netzwerk/organisationen?q=Sport',
				club,
				'/netzwerk/stadtplan',
				'/netzwerk/stadtplan/drucken',
				'/netzwerk/spaziergaenge',
				'/netzwerk/daten',
				'/anmelden',
				'/registrieren',
				'/impressum'
			]
		],
		[
			coordinatorPage,
			[
				'/koordination',
				'/koordination/freigaben',
				'/koordination/nicht-aktuell',
				'/koordination/kategorien',
				'/koordination/stadtteile',
				'/koordination/adressen',
				'/koordination/import',
				'/koordination/zusammenfuehren',
				'/koordination/spaziergaenge',
				`${club}/bearbeiten`,
				`${club}/personen`,
				'/mein-bereich/daten'
			]
		],
		[adminPage, ['/admin/konten', '/admin/protokoll', '/admin/mail', '/admin/gemeinde', '/admin/rechtliches', '/admin/rueckmeldungen']]
	];
	for (const [tab, paths] of pages) {
		await tab.setViewportSize({ width: 375, height: 740 });
		for (const path of paths) {
			// A page without any script looks the same with JavaScript: `nojs` measures it.
			if (javaScriptEnabled && !(await pageHasScripts(tab, path))) continue;
			await visit(tab, path);
			const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, `${path} scrolls sideways by ${overflow} px at 375 px`).toBeLessThanOrEqual(0);
		}
	}
});

/** Everything the server sent for a page: its HTML and every script, as text. */
function recordTexts(page: Page): Promise<string>[] {
	const texts: Promise<string>[] = [];
	page.on('response', (response: Response) => {
		if (/html|javascript|json/.test(response.headers()['content-type'] ?? '')) texts.push(response.text().catch(() => ''));
	});
	return texts;
}

/** Texts and labels of the page that are message keys: a message the page did not bring along. */
const shownKeys = (page: Page) =>
	page.evaluate(
		(keys) => {
			const known = new Set(keys);
			const found: string[] = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) if (known.has(node.textContent!.trim())) found.push(node.textContent!.trim());
			for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]'))
				for (const name of ['aria-label', 'title', 'placeholder']) if (known.has(el.getAttribute(name) ?? '')) found.push(el.getAttribute(name)!);
			return found;
		},
		Object.keys(catalogue('de'))
	);

test('a page brings only its own language and JavaScript only where there is a map', async ({ page, javaScriptEnabled }) => {
	// Pages without a map send no script at all.
	const homeTexts = recordTexts(page);
	await visit(page, '/');
	await expect(page.locator('script[src], link[rel="modulepreload"]')).toHaveCount(0);
	expect((await Promise.all(homeTexts)).join('\n')).not.toContain(en('layout.skip'));

	// The Stadtplan in German: German messages, none of the English ones, nothing missing after the map is drawn.
	const club = '/netzwerk/organisationen/6f1e2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
	for (const path of ['/netzwerk/stadtplan', club]) {
		const texts = recordTexts(page);
		await visit(page, path);
		if (javaScriptEnabled) await expect(page.locator('.leaflet-container').first()).toBeVisible();
		const sent = (await Promise.all(texts)).join('\n');
		expect(sent, path).toContain(de('map.map_hint'));
		for (const key of ['map.map_hint', 'map.load_tiles', 'layout.tagline', 'home.heading'] as const) expect(sent, `${path}: ${key}`).not.toContain(en(key, { host: '', name: '' }).slice(0, 30));
		// Only what the page shows: no text of other pages comes along.
		expect(sent, path).not.toContain(de('signin.forgot'));
		expect(await shownKeys(page), path).toEqual([]);
	}

	// A browser that prefers English (by q-value) gets the English page and its messages only.
	await page.route('**/*', (route) => route.continue({ headers: { ...route.request().headers(), 'accept-language': 'fr;q=1, en-GB;q=0.9, de;q=0.8' } }));
	const texts = recordTexts(page);
	await visit(page, '/netzwerk/stadtplan');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('map.title'));
	if (javaScriptEnabled) await expect(page.locator('.leaflet-container').first()).toBeVisible();
	const sent = (await Promise.all(texts)).join('\n');
	expect(sent).toContain(en('map.map_hint'));
	expect(sent).not.toContain(de('map.map_hint'));
	expect(await shownKeys(page)).toEqual([]);
});
