import { de, expect, test, visit } from './support';

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
