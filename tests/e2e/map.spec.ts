import type { Locator, Page } from '@playwright/test';
import { de, deN, expect, expectAccessible, field, test, visit } from './support';

/** Presses Tab until `target` has the focus, as a keyboard user would; fails after `max` steps. */
async function tabTo(page: Page, target: Locator, max = 250): Promise<void> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((el) => el === document.activeElement)) return;
	}
	throw new Error(`could not reach ${target} with the Tab key`);
}

const listOf = (page: Page) => page.getByRole('region', { name: de('map.list') }).getByRole('listitem');

test('the Stadtplan is filtered by district with the keyboard only, and prints the same selection', async ({ page, javaScriptEnabled }) => {
	await visit(page, '/netzwerk/stadtplan');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('map.title'));
	const all = await listOf(page).count();
	expect(all, 'the demo town has places on the map').toBeGreaterThan(1);

	if (javaScriptEnabled) {
		// The map enhances the page; it has a name, and keyboard users can skip it.
		await expect(page.getByRole('region', { name: de('map.map_label') })).toBeVisible();
		// Numbered markers, or groups of them when zoomed out.
		await expect(
			page
				.getByRole('region', { name: de('map.map_label') })
				.locator('.map-marker, .map-cluster')
				.first()
		).toBeVisible();
	} else {
		await expect(page.getByRole('region', { name: de('map.map_label') })).toHaveCount(0);
	}

	// Choose the first district in the filter form and send it, all with the keyboard.
	const form = page.getByRole('search', { name: de('map.filters') });
	const district = form.getByLabel(de('place.district'));
	await tabTo(page, district);
	await page.keyboard.press('ArrowDown');
	const districtName = (await district.locator('option:checked').textContent())!.trim();
	expect(districtName).not.toBe(de('map.all'));
	await tabTo(page, form.getByRole('button', { name: de('map.apply') }));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/[?&]stadtteil=[a-z0-9-]+/);
	await expect(listOf(page).first()).toContainText(`${de('place.district')}: ${districtName}`);
	const inDistrict = await listOf(page).count();
	expect(inDistrict).toBeGreaterThan(0);
	expect(inDistrict).toBeLessThan(all);
	for (const item of await listOf(page).all()) await expect(item).toContainText(`${de('place.district')}: ${districtName}`);
	await expect(page.getByRole('status')).toHaveText(deN('map.count', inDistrict));
	await expectAccessible(page);

	// The print view shows the same places as a numbered table.
	await tabTo(page, page.getByRole('link', { name: de('map.print_a4') }));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/netzwerk\/stadtplan\/drucken\?.*stadtteil=.*format=a4/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('map.print_title'));
	await expect(page.getByText(`${de('place.district')}: ${districtName}`)).toBeVisible();
	await expect(page.getByRole('img', { name: de('map.overview') })).toBeVisible();
	await expect(page.getByRole('table').getByRole('row')).toHaveCount(inDistrict + 1);
	await expectAccessible(page);

	// Back on the map, another district is one link away in the list.
	await page.getByRole('link', { name: de('map.print_back') }).click();
	await expect(page).toHaveURL(/\/netzwerk\/stadtplan\?.*stadtteil=/);
	await expectAccessible(page);
	await visit(page, '/netzwerk/stadtplan');
	if (javaScriptEnabled) {
		// "Karte überspringen" leads past the map's markers to the list.
		await tabTo(page, page.getByRole('link', { name: de('map.skip_map') }));
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: de('map.list') })).toBeFocused();
	}
	// The first place's district, whichever it is.
	const districtLink = page
		.getByRole('region', { name: de('map.list') })
		.getByRole('link', { name: new RegExp(`${de('map.district_only').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
		.first();
	// The link's visible text is the district's name; the rest is for screen readers.
	const linkedDistrict = (await districtLink.evaluate((a) => a.firstChild?.textContent ?? '')).trim();
	await tabTo(page, districtLink);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/[?&]stadtteil=/);
	await expect(page.getByRole('search').getByLabel(de('place.district')).locator('option:checked')).toHaveText(linkedDistrict);
	for (const item of await listOf(page).all()) await expect(item).toContainText(`${de('place.district')}: ${linkedDistrict}`);
	await expectAccessible(page);
});

// The map needs JavaScript; without it the list stands alone (the first journey).
test('the map loads tiles from another server only after the person asks for them', { tag: '@js-only' }, async ({ page }) => {
	const tileRequests: string[] = [];
	// Tests never need real tiles: a blank tile answers for the tile server.
	const blank = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
	await page.route('https://tile.openstreetmap.org/**', (route) => {
		tileRequests.push(route.request().url());
		return route.fulfill({ status: 200, contentType: 'image/png', body: blank });
	});
	await visit(page, '/netzwerk/stadtplan');
	const load = page.getByRole('button', { name: de('map.load_tiles', { host: 'tile.openstreetmap.org' }) });
	await expect(load).toBeVisible();
	await expect(page.getByText(de('map.tiles_note', { host: 'tile.openstreetmap.org' }))).toBeVisible();
	// Leaflet has drawn the markers, so it would have asked for tiles by now.
	await expect(
		page
			.getByRole('region', { name: de('map.map_label') })
			.locator('.map-marker, .map-cluster')
			.first()
	).toBeVisible();
	expect(tileRequests).toEqual([]);

	await load.click();
	await expect.poll(() => tileRequests.length).toBeGreaterThan(0);
	await expectAccessible(page);

	// The choice is remembered, and can be taken back.
	await page.reload();
	await expect(page.getByRole('button', { name: de('map.hide_tiles') })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: de('map.hide_tiles') }).click();
	await expect(load).toBeVisible();
	await page.reload();
	await expect(load).toBeVisible();
	await expectAccessible(page);
});

test('a coordinator composes a walk with two stops and publishes it; visitors open it and its print view', async ({ coordinatorPage: page, otherPage }, testInfo) => {
	const title = `Engagement am Deich ${testInfo.project.name} ${Date.now().toString(36)}`;
	await visit(page, '/koordination/spaziergaenge');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('coord.walks'));

	// A mistake is explained next to the field, and nothing typed is lost.
	const create = page.getByRole('region', { name: de('map.walk_new') });
	await field(create, de('map.walk_title')).fill(title);
	await field(create, de('map.walk_target_group')).fill(de('map.suggest_schools'));
	await field(create, de('map.walk_duration_label')).fill('3');
	await field(create, de('map.walk_description')).fill('Vom Sportplatz zum nächsten Engagement-Ort: **zwei Stationen** für eine Schulstunde.');
	await create.getByRole('button', { name: de('map.walk_create') }).click();
	await expect(page.getByRole('main').getByRole('alert')).toHaveText(de('error.invalid_form'));
	await expect(create.getByText(de('map.error_duration'))).toBeVisible();
	await expect(field(create, de('map.walk_title'))).toHaveValue(title);
	await expectAccessible(page);
	await field(create, de('map.walk_duration_label')).fill('75');
	await create.getByRole('button', { name: de('map.walk_create') }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('map.walk_edit', { title }));
	await expect(page.getByRole('status')).toHaveText(de('map.walk_created'));
	await expect(page.getByText(de('map.stops_empty'))).toBeVisible();
	await expectAccessible(page);

	// Publishing without stops is refused with a sentence.
	await page.getByRole('button', { name: de('map.walk_publish') }).click();
	await expect(page.getByRole('main').getByRole('alert')).toHaveText(de('map.error_no_stops'));
	await expectAccessible(page);

	// Two stops, the second moved to the front.
	const placeSelect = field(page, de('map.stop_place'));
	const choices = placeSelect.locator('option:not([value=""])');
	// Each choice reads "place · address · district"; the stop is named by the place.
	const firstChoice = (await choices.nth(0).textContent())!.trim();
	const secondChoice = (await choices.nth((await choices.count()) > 1 ? 1 : 0).textContent())!.trim();
	const [first, second] = [firstChoice, secondChoice].map((label) => label.split(' · ')[0]);
	await placeSelect.selectOption({ label: firstChoice });
	await field(page, de('map.stop_text')).last().fill('Hier beginnt der Weg.');
	await page.getByRole('button', { name: de('map.stop_add') }).click();
	await expect(page.getByRole('status')).toHaveText(de('map.stop_added'));
	await expectAccessible(page);
	await field(page, de('map.stop_place')).selectOption({ label: secondChoice });
	await page.getByRole('button', { name: de('map.stop_add') }).click();
	await expect(page.getByRole('status')).toHaveText(de('map.stop_added'));
	await expect(page.getByRole('heading', { level: 3, name: de('map.stop_heading', { number: 2, place: second }) })).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('button', { name: `${de('map.stop_up')}${de('map.stop_which', { number: 2 })}` }).click();
	await expect(page.getByRole('status')).toHaveText(de('map.stop_moved'));
	await expect(page.getByRole('heading', { level: 3, name: de('map.stop_heading', { number: 1, place: second }) })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: de('map.stop_heading', { number: 2, place: first }) })).toBeVisible();
	await expect(page.getByLabel(`${de('map.stop_text')}${de('map.stop_which', { number: 2 })}`)).toHaveValue('Hier beginnt der Weg.');
	await expectAccessible(page);

	await page.getByRole('button', { name: de('map.walk_publish') }).click();
	await expect(page.getByRole('status')).toHaveText(de('map.walk_published_done'));
	await expect(page.getByRole('main')).toContainText(`${de('map.walk_status')}: ${de('map.walk_is_published')}`);
	await expectAccessible(page);

	// A visitor finds it among the walks.
	await visit(otherPage, '/netzwerk/spaziergaenge');
	await expect(otherPage.getByRole('heading', { level: 1 })).toHaveText(de('map.walks_title'));
	await otherPage.getByRole('link', { name: title }).click();
	await expect(otherPage.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(otherPage.getByRole('main')).toContainText(de('map.walk_minutes', { minutes: 75 }));
	await expect(otherPage.getByRole('main').locator('strong')).toContainText('zwei Stationen');
	const stops = otherPage.getByRole('heading', { level: 3 });
	await expect(stops).toHaveText([de('map.stop_heading', { number: 1, place: second }), de('map.stop_heading', { number: 2, place: first })]);
	await expectAccessible(otherPage);

	await otherPage.getByRole('link', { name: de('map.walk_print') }).click();
	await expect(otherPage).toHaveURL(/\/netzwerk\/spaziergaenge\/[a-z0-9-]+\/drucken$/);
	await expect(otherPage.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(otherPage.getByRole('img', { name: de('map.walk_route_label', { title }) })).toBeVisible();
	await expect(otherPage.getByText('Hier beginnt der Weg.')).toBeVisible();
	await expectAccessible(otherPage);

	// Taken back, it is gone for visitors; then the coordinator deletes it.
	await page.getByRole('button', { name: de('map.walk_unpublish') }).click();
	await expect(page.getByRole('status')).toHaveText(de('map.walk_unpublished_done'));
	await expectAccessible(page);
	await otherPage.getByRole('link', { name: de('map.walk_to_walk') }).click();
	await expect(otherPage.getByRole('heading', { level: 1 })).toHaveText(de('error.not_found_title'));
	await expectAccessible(otherPage);

	await page.getByRole('button', { name: de('map.walk_delete') }).click();
	// The confirmation box is required.
	await expect(page).toHaveURL(/\/koordination\/spaziergaenge\/[0-9a-f-]{36}/);
	await page.getByLabel(de('map.walk_delete_confirm')).check();
	await page.getByRole('button', { name: de('map.walk_delete') }).click();
	await expect(page).toHaveURL(/\/koordination\/spaziergaenge\?geloescht=1$/);
	await expect(page.getByRole('status')).toHaveText(de('map.walk_deleted'));
	await expect(page.getByRole('link', { name: title })).toHaveCount(0);
	await expectAccessible(page);
});

test('a walk of the demo town shows its route on the map, in a drawing and in print', async ({ page, javaScriptEnabled }) => {
	await visit(page, '/netzwerk/spaziergaenge');
	const walks = page.getByRole('main').getByRole('listitem');
	expect(await walks.count(), 'the demo town has published walks').toBeGreaterThanOrEqual(2);
	const link = walks.first().getByRole('link');
	const title = (await link.textContent())!.trim();
	await link.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	const stops = await page.getByRole('heading', { level: 3 }).count();
	expect(stops).toBeGreaterThanOrEqual(2);
	const label = de('map.walk_route_label', { title });
	if (javaScriptEnabled) {
		// Leaflet draws the numbered markers joined by a line.
		const map = page.getByRole('region', { name: label });
		await expect(map.locator('.map-marker')).toHaveCount(stops);
		await expect(map.locator('.leaflet-overlay-pane path')).not.toHaveCount(0);
	} else {
		await expect(page.getByRole('img', { name: label })).toBeVisible();
	}
	await expectAccessible(page);

	await page.getByRole('link', { name: de('map.walk_print') }).click();
	await expect(page).toHaveURL(/\/drucken$/);
	await expect(page.getByRole('img', { name: label })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3 })).toHaveCount(stops);
	await expectAccessible(page);
});
