import type { Page } from '@playwright/test';
import { de, expect, test, visit } from './support';
import { DEMO_CLUB_ID } from '../../src/lib/server/seed/demo-accounts';

/** Every visible checkbox of the page has its label beside it: to the right, starting on the box's line. */
async function expectLabelsBesideBoxes(page: Page) {
	const boxes = page.locator('.field.checkbox:visible');
	const count = await boxes.count();
	expect(count, 'the page has checkboxes').toBeGreaterThan(0);
	for (let i = 0; i < count; i++) {
		const box = (await boxes.nth(i).locator('input[type="checkbox"]').boundingBox())!;
		const label = boxes.nth(i).locator('label');
		const text = (await label.boundingBox())!;
		const where = `${await label.textContent()} at ${page.viewportSize()!.width} px`;
		expect(text.x, `${where}: the label starts right of its box`).toBeGreaterThanOrEqual(box.x + box.width);
		expect(text.y, `${where}: the label starts on the box's line`).toBeLessThan(box.y + box.height);
	}
}

for (const width of [375, 1280]) {
	test(`checkboxes keep their labels beside them at ${width} px, the contact consent among them`, async ({ ownerPage: page }) => {
		await page.setViewportSize({ width, height: 900 });
		await visit(page, `/netzwerk/organisationen/${DEMO_CLUB_ID}/bearbeiten`);
		await expect(page.getByLabel(de('org.contact_public'))).toBeVisible();
		await expectLabelsBesideBoxes(page);
		await visit(page, '/netzwerk/organisationen');
		await expectLabelsBesideBoxes(page);
	});
}
