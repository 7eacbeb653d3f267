import type { Page } from '@playwright/test';
import { de, expect, expectAccessible, field, resident, test, visit } from './support';

async function propose(page: Page, name: string) {
	await visit(page, '/netzwerk/organisationen/neu');
	await field(page, de('org.name')).fill(name);
	await field(page, de('org.kind')).selectOption({ label: de('kind.initiative') });
	await page.getByRole('button', { name: de('propose.submit') }).click();
	await expect(page.getByText(de('propose.sent'))).toBeVisible();
	await expectAccessible(page);
}

test('a coordinator hears of a proposal and approves it, seeing who proposed it and a possible duplicate', async ({ residentPage, coordinatorPage: page }, testInfo) => {
	test.setTimeout(180_000);
	// Both projects share one database: each proposes names of its own.
	const first = `Strickcafé Deichmaschen ${testInfo.project.name} ${Date.now()}`;
	const second = `${first} (2)`;
	await propose(residentPage, first);
	await propose(residentPage, second);

	// The dashboard counts what waits; the notification leads to the queue.
	await visit(page, '/koordination');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('coord.title'));
	const waiting = page.getByRole('region', { name: de('dashboard.waiting') });
	await expect(waiting).toContainText(second);
	await expect(waiting.getByText(/\d+ (Vorschlag wartet|Vorschläge warten) auf Freigabe/)).toBeVisible();
	await expect(page.getByRole('region', { name: de('dashboard.changes') })).toBeVisible();
	await expectAccessible(page);
	await visit(page, '/mein-bereich/benachrichtigungen');
	await page
		.getByRole('main')
		.getByRole('link', { name: de('notifications.title.moderation_submitted', { title: second }) })
		.click();
	await expect(page).toHaveURL('/koordination/freigaben');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('coord.moderation'));
	await expectAccessible(page);

	// The entry names the proposer and the other, waiting entry of almost the same name.
	const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: second }) });
	await expect(item).toContainText(`${resident.displayName} (${resident.email})`);
	const similar = item.getByRole('region', { name: de('moderation.similar_heading') });
	const other = similar.getByRole('listitem').filter({ has: page.getByRole('link', { name: first, exact: true }) });
	await expect(other).toContainText(de('moderation.similar_waiting'));
	await expect(other.getByRole('link', { name: de('moderation.similar_merge') })).toHaveAttribute('href', /\/koordination\/zusammenfuehren\?duplikat=[\w-]+&bleibt=[\w-]+$/);

	// No decision is taken for granted: sending none asks for one and keeps what was typed.
	const approve = item.getByRole('radio', { name: de('moderation.decision.approved') });
	await expect(approve).not.toBeChecked();
	await field(item, de('moderation.reason')).fill('Geprüft, kein Doppel.');
	await item.getByRole('button', { name: de('moderation.submit') }).click();
	const again = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: second }) });
	await expect(again.getByRole('group', { name: de('moderation.decision') })).toContainText(de('moderation.choose_decision'));
	await expect(field(again, de('moderation.reason'))).toHaveValue('Geprüft, kein Doppel.');
	await expectAccessible(page);

	await again.getByRole('radio', { name: de('moderation.decision.approved') }).check();
	await again.getByRole('button', { name: de('moderation.submit') }).click();
	await expect(page.getByText(de('moderation.done.approved'))).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: second })).toHaveCount(0);
	await expectAccessible(page);
});

test('a field of activity whose name is taken is refused beside the form it was typed in', { tag: '@script-free' }, async ({ coordinatorPage: page }) => {
	await visit(page, '/koordination/kategorien');
	const added = page.getByRole('region', { name: de('categories.new') });
	await field(added, de('categories.name_de')).fill(' sport ');
	await field(added, de('categories.name_en')).fill('Sports and games');
	await added.getByRole('button', { name: de('categories.create') }).click();
	await expect(page).toHaveURL(/#new-category$/);
	const again = page.getByRole('region', { name: de('categories.new') });
	await expect(field(again, de('categories.name_de'))).toHaveAccessibleDescription(de('categories.duplicate_name'));
	await expect(field(again, de('categories.name_de'))).toHaveValue(/^\s*sport\s*$/);
	await expect(again.getByRole('alert')).toHaveText(de('error.invalid_form'));
	await expectAccessible(page);
});
