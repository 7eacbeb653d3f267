import { de, expect, expectAccessible, field, test, visit } from './support';
import { DEMO_CLUB_ID } from '../../src/lib/server/seed/demo-accounts';

const TSV = 'Turn- und Sportverein Lindwerder von 1892 e. V.';
const profilePath = `/netzwerk/organisationen/${DEMO_CLUB_ID}`;
const editPath = `${profilePath}/bearbeiten`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Tests never need real tiles: a blank tile answers for the tile server.
const blankTile = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

// Pointing at a map needs JavaScript; without it the typed fields are the way (next journey).
test('the owner sets a new place by pointing at the map; the fields fill in and the organisation page shows the place on its map', { tag: '@js-only' }, async ({ ownerPage: page }, testInfo) => {
	const name = `Bootshaus ${testInfo.project.name} ${Date.now().toString(36)}`;
	const tiles: string[] = [];
	await page.route('https://tile.openstreetmap.org/**', (route) => {
		tiles.push(route.request().url());
		return route.fulfill({ status: 200, contentType: 'image/png', body: blankTile });
	});
	await visit(page, editPath);

	const places = page.getByRole('region', { name: de('edit.places') });
	const lat = field(places, de('place.lat')).last();
	const lng = field(places, de('place.lng')).last();
	const picker = page.getByRole('region', { name: de('map.pin_label_new') });
	await expect(picker).toBeVisible();
	// Leaflet has made the map (it starts at the club's other place).
	await expect(picker).toHaveClass(/leaflet-container/);
	await expect(lat).toHaveValue('');

	// Keyboard users can jump over the map to the typed fields.
	await places
		.getByRole('link', { name: de('map.skip_map') })
		.last()
		.focus();
	await page.keyboard.press('Enter');
	await expect(lat).toBeFocused();

	// A click sets the pin: the fields are filled in, and screen readers hear where it is.
	await picker.click({ position: { x: 120, y: 90 } });
	await expect(lat).toHaveValue(/^54,5\d*$/);
	await expect(lng).toHaveValue(/^9,5\d*$/);
	const [pinLat, pinLng] = [await lat.inputValue(), await lng.inputValue()];
	await expect(places.getByText(de('map.pin_set', { lat: pinLat, lng: pinLng }))).toHaveAttribute('aria-live', 'polite');
	const pin = picker.locator('.map-pin');
	await expect(pin).toHaveCount(1);

	// Typing moves the pin (a German decimal comma too); a value that is no coordinate takes it away.
	const before = (await pin.boundingBox())!;
	await lat.fill(`${(Number(pinLat.replace(',', '.')) + 0.001).toFixed(4).replace('.', ',')}`);
	await expect.poll(async () => (await pin.boundingBox())!.y).toBeLessThan(before.y);
	await lat.fill('95');
	await expect(pin).toHaveCount(0);
	await lat.fill(pinLat);
	await expect(pin).toHaveCount(1);

	// "Stecknadel entfernen" empties both fields and leaves the focus in the first.
	await places.getByRole('button', { name: de('map.pin_remove') }).click();
	await expect(pin).toHaveCount(0);
	await expect(lat).toHaveValue('');
	await expect(lng).toHaveValue('');
	await expect(lat).toBeFocused();
	await expect(places.getByText(de('map.pin_removed'))).toBeAttached();
	await picker.click({ position: { x: 120, y: 90 } });
	await expect(lat).toHaveValue(/^54,5\d*$/);

	// The background loads from the tile server only when asked (the page's CSP allows it).
	expect(tiles).toEqual([]);
	await places.getByRole('button', { name: de('map.load_tiles', { host: 'tile.openstreetmap.org' }) }).click();
	await expect.poll(() => tiles.length).toBeGreaterThan(0);
	await expectAccessible(page);

	await field(places, de('place.name')).last().fill(name);
	await places.getByRole('button', { name: de('edit.add_place') }).click();
	await expect(page.getByText(de('edit.place_added'))).toBeVisible();
	await expectAccessible(page);

	// The organisation page shows the new place on its small map, numbered as in the list.
	await visit(page, profilePath);
	const map = page.getByRole('region', { name: de('map.org_map', { name: TSV }) });
	await expect(map).toBeVisible();
	const heading = page.getByRole('heading', { level: 3, name });
	const number = (await heading.locator('.place-number').textContent())!.replace(/\D/g, '');
	await expect(map.locator('.map-marker', { hasText: `${de('map.number')} ${number}: ${name}` })).toHaveCount(1);
	await page.getByRole('link', { name: de('map.skip_map') }).focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('#orte-liste')).toBeFocused();
	await expectAccessible(page);
});

test('a latitude out of range is explained next to the field and nothing typed is lost; the organisation page shows its places on a map', async ({ ownerPage: page, javaScriptEnabled }) => {
	await visit(page, editPath);
	const places = page.getByRole('region', { name: de('edit.places') });
	// Without JavaScript there is no map to point at: the typed fields are the way.
	if (!javaScriptEnabled) await expect(page.getByRole('region', { name: de('map.pin_label_new') })).toHaveCount(0);

	await field(places, de('place.name')).last().fill('Steg am Deich');
	await field(places, de('org.street')).last().fill('Deichweg 14');
	await field(places, de('place.lat')).last().fill('95');
	await field(places, de('place.lng')).last().fill('9,5612');
	await places.getByRole('button', { name: de('edit.add_place') }).click();
	await expect(page.getByText(de('error.invalid_form'))).toBeVisible();
	const lat = field(places, de('place.lat')).last();
	await expect(lat).toHaveAccessibleDescription(new RegExp(escapeRegExp(de('error.latitude'))));
	await expect(lat).toHaveAttribute('aria-invalid', 'true');
	await expect(lat).toHaveValue('95');
	await expect(field(places, de('place.lng')).last()).toHaveValue('9,5612');
	await expect(field(places, de('place.name')).last()).toHaveValue('Steg am Deich');
	await expect(field(places, de('org.street')).last()).toHaveValue('Deichweg 14');
	await expectAccessible(page);

	await visit(page, profilePath);
	const label = de('map.org_map', { name: TSV });
	await expect(page.getByRole('heading', { level: 3, name: 'Sportplatz und Vereinsheim am Deich' })).toContainText('1');
	if (javaScriptEnabled) {
		await expect(page.getByRole('region', { name: label }).locator('.map-marker').first()).toBeVisible();
	} else {
		// Drawn on the server: the districts and the numbered places, no tiles, no script.
		const drawing = page.getByRole('img', { name: label });
		await expect(drawing).toBeVisible();
		await expect(drawing.locator('.marker').first()).toContainText('1');
		await expect(page.getByText(de('map.org_map_desc'))).toBeVisible();
	}
});
