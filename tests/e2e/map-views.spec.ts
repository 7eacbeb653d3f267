import type { Page } from '@playwright/test';
import { de, expect, expectAccessible, field, test, visit } from './support';

test('without JavaScript the Stadtplan shows the drawn overview beside the list', { tag: '@nojs-only' }, async ({ page }) => {
	await visit(page, '/netzwerk/stadtplan');
	const drawing = page.getByRole('img', { name: de('map.overview') });
	await expect(drawing).toBeVisible();
	const listed = await page
		.getByRole('region', { name: de('map.list') })
		.getByRole('listitem')
		.count();
	expect(listed, 'the demo town has places on the map').toBeGreaterThan(1);
	// One numbered marker per place found (the list shows them page by page), the same numbers as in the list.
	const found = Number((await page.getByRole('status').textContent())!.replace(/\D/g, ''));
	expect(found).toBeGreaterThanOrEqual(listed);
	await expect(drawing.locator('.marker')).toHaveCount(found);
	await expect(drawing.locator('.marker').first()).toHaveText('1');
	await expect(page.getByText(de('map.overview_desc'))).toBeVisible();
});

/** District names that are shown and overlap a marker or a group of markers. */
const coveredNames = (page: Page) =>
	page.evaluate(() => {
		const boxes = (selector: string) => [...document.querySelectorAll(selector)].map((el) => el.getBoundingClientRect());
		const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
		const markers = boxes('.map-canvas .map-marker, .map-canvas .map-cluster');
		const names = [...document.querySelectorAll('.map-canvas .map-area-label:not(.map-area-label-covered)')];
		return { shown: names.length, covered: names.filter((n) => markers.some((m) => overlap(n.getBoundingClientRect(), m))).map((n) => n.textContent) };
	});

test('on a phone without the street background, the map keeps a ground and district names free of markers', { tag: '@js-only' }, async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await visit(page, '/netzwerk/stadtplan');
	const map = page.getByRole('region', { name: de('map.map_label') });
	await expect(map.locator('.map-cluster, .map-marker').first()).toBeVisible();
	// No tiles without consent, but a ground that moves with the map.
	await expect(map.locator('img.leaflet-tile')).toHaveCount(0);
	await expect(map.locator('.map-ground-tile').first()).toBeVisible();
	await expect.poll(async () => (await coveredNames(page)).covered).toEqual([]);
	expect((await coveredNames(page)).shown).toBeGreaterThan(0);

	// Into a group: still a ground under it, still no name under a marker.
	await map.locator('.map-cluster').first().click();
	await page.waitForTimeout(800);
	await expect(map.locator('.map-ground-tile').first()).toBeVisible();
	await expect.poll(async () => (await coveredNames(page)).covered).toEqual([]);
});

test("a marker's popup shows the place's address and opening hours", { tag: '@js-only' }, async ({ page }) => {
	await visit(page, '/netzwerk/spaziergaenge/altstadt-fuer-gaeste');
	const firstStop = page.locator('.walk-stops > li').first();
	const address = (await firstStop.locator('p').nth(1).textContent())!.split(' (')[0].trim();
	expect(address).toMatch(/\d{5} /);
	await page.locator('.map-canvas .map-marker').first().click();
	const popup = page.locator('.leaflet-popup-content');
	await expect(popup).toContainText(address);
	await expect(popup).toContainText(`${de('place.opening_hours')}: `);
});

test('the printed walk has a scale, a north arrow, a print button and each stop with its address', async ({ page, javaScriptEnabled }) => {
	await visit(page, '/netzwerk/spaziergaenge/altstadt-fuer-gaeste/drucken');
	const drawing = page.locator('figure.static-map svg');
	await expect(drawing.locator('.north')).toContainText(de('map.north'));
	await expect(drawing.locator('.scale text')).toHaveText(/^\d+ (m|km)$/);
	const stops = page.locator('.walk-stops > li');
	expect(await stops.count()).toBeGreaterThan(1);
	for (const stop of await stops.all()) await expect(stop).toContainText(/\d{5} \p{L}/u);
	await expect(page.getByText(de('map.print_hint', { format: 'A4' }))).toBeVisible();
	const print = page.getByRole('button', { name: de('map.print_now') });
	if (javaScriptEnabled) {
		await page.evaluate(() => {
			window.print = () => document.body.setAttribute('data-printed', 'yes');
		});
		await print.click();
		await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
	} else {
		await expect(print).toHaveCount(0);
	}
});

test(
	'the walk editor finds places by address, shows where each is, refuses the same place twice in a row and previews the route',
	{ tag: '@script-free' },
	async ({ coordinatorPage: page }, testInfo) => {
		await visit(page, '/koordination/spaziergaenge');
		const create = page.getByRole('region', { name: de('map.walk_new') });
		await field(create, de('map.walk_title')).fill(`Vorschau ${testInfo.project.name} ${Date.now().toString(36)}`);
		await field(create, de('map.walk_target_group')).fill(de('map.suggest_schools'));
		await field(create, de('map.walk_duration_label')).fill('60');
		await create.getByRole('button', { name: de('map.walk_create') }).click();
		await expect(page.getByText(de('map.stops_empty'))).toBeVisible();
		await expectAccessible(page);
		const options = field(page, de('map.stop_place')).locator('option:not([value=""])');
		const all = await options.count();
		expect(all).toBeGreaterThan(5);

		// A street narrows the list to the places there, each with its address.
		const search = page.getByRole('search', { name: de('map.stop_search') });
		await field(search, de('map.stop_search')).fill('Rathausplatz');
		await search.getByRole('button', { name: de('map.stop_search_submit') }).click();
		await expect(page).toHaveURL(/[?&]ort=Rathausplatz/);
		const found = await options.count();
		expect(found).toBeGreaterThan(0);
		expect(found).toBeLessThan(all);
		await expect(page.getByText(de('map.stop_search_count', { count: found, all, q: 'Rathausplatz' }))).toBeVisible();
		for (const option of await options.all()) await expect(option).toContainText('Rathausplatz');
		// Each place sits under its organisation.
		await expect(field(page, de('map.stop_place')).locator('optgroup').first()).toHaveAttribute('label', /\p{L}/u);
		await expectAccessible(page);

		const choice = (await options.first().textContent())!.trim();
		await field(page, de('map.stop_place')).selectOption({ label: choice });
		await page.getByRole('button', { name: de('map.stop_add') }).click();
		await expect(page.getByRole('status').first()).toHaveText(de('map.stop_added'));
		// The search is still there for the next stop.
		await expect(field(search, de('map.stop_search'))).toHaveValue('Rathausplatz');
		await expectAccessible(page);

		await field(page, de('map.stop_place')).selectOption({ label: choice });
		await page.getByRole('button', { name: de('map.stop_add') }).click();
		await expect(page.getByText(de('map.error_same_place_twice'))).toBeVisible();
		await expect(page.getByRole('heading', { level: 3, name: de('map.stop_heading', { number: 2, place: choice.split(' · ')[0] }) })).toHaveCount(0);
		await expectAccessible(page);

		// Another place: the preview draws both stops joined by the route.
		await page.getByRole('link', { name: de('map.stop_search_reset') }).click();
		await expectAccessible(page);
		const other = (await options.filter({ hasNotText: 'Rathausplatz' }).first().textContent())!.trim();
		await field(page, de('map.stop_place')).selectOption({ label: other });
		await page.getByRole('button', { name: de('map.stop_add') }).click();
		await expect(page.getByRole('status').first()).toHaveText(de('map.stop_added'));
		const preview = page.getByRole('img', { name: de('map.walk_preview') });
		await expect(preview).toBeVisible();
		await expect(preview.locator('.marker')).toHaveCount(2);
		await expect(preview.locator('.route')).toHaveCount(1);
		await expectAccessible(page);
	}
);
