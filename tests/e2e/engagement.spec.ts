import { de, expect, expectAccessible, field, test, visit } from './support';

const CLUB = 'Turn- und Sportverein Lindwerder von 1892 e. V.';
const CLUB_PATH = '/netzwerk/organisationen/6f1e2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';

test('an owner posts an opportunity, publishes it, and everyone finds it on its page and on the club profile', async ({ ownerPage, page }, testInfo) => {
	const title = `Helferinnen und Helfer beim Sportfest ${testInfo.project.name} ${Date.now()}`;
	await visit(ownerPage, `${CLUB_PATH}/angebote`);
	await expect(ownerPage.getByRole('heading', { level: 1 })).toHaveText(de('opp.list.title', { name: CLUB }));
	await ownerPage.getByRole('link', { name: de('opp.new') }).click();
	await expect(ownerPage.getByRole('heading', { level: 1 })).toHaveText(de('opp.new_title', { name: CLUB }));
	await expectAccessible(ownerPage);

	// Without a place or "ortsunabhängig" the form says where the problem is, and keeps what was typed.
	await field(ownerPage, de('opp.title')).fill(title);
	await field(ownerPage, de('opp.commitment')).selectOption({ label: de('engagement.commitment.once') });
	await field(ownerPage, de('opp.tasks')).fill('Beim Aufbau helfen, Getränke ausgeben, Kinder beim Staffellauf anfeuern.');
	await ownerPage.getByRole('button', { name: de('opp.save_draft') }).click();
	await expect(ownerPage.getByText(de('engagement.error.where'))).toBeVisible();
	await expect(field(ownerPage, de('opp.title'))).toHaveValue(title);
	await expectAccessible(ownerPage);

	await ownerPage.getByLabel(de('opp.online_label')).check();
	await ownerPage.getByLabel(`${de('engagement.day.sat')} ${de('engagement.part.morning')}`).check();
	await field(ownerPage, de('opp.skills')).fill('Anpacken, gute Laune');
	await ownerPage.getByLabel(de('engagement.offer.insurance')).check();
	await ownerPage.getByRole('button', { name: de('opp.save_draft') }).click();
	await expect(ownerPage.getByText(de('opp.saved.created'))).toBeVisible();
	await expect(ownerPage.getByRole('heading', { level: 1 })).toHaveText(de('opp.edit_title', { title }));
	await expectAccessible(ownerPage);
	const editUrl = ownerPage.url();
	const id = editUrl.match(/angebote\/([0-9a-f-]{36})/)![1];

	// A draft is nobody else's business.
	await visit(page, `/engagement/${id}`, 404);

	await ownerPage.getByRole('button', { name: de('opp.publish') }).click();
	await expect(ownerPage.getByText(de('opp.saved.published'))).toBeVisible();
	await expectAccessible(ownerPage);

	await visit(page, `/engagement/${id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.getByRole('main')).toContainText(de('opp.page.online'));
	await expect(page.getByRole('main')).toContainText(`${de('engagement.day.sat')} ${de('engagement.part.morning')}`);
	await expect(page.getByRole('main')).toContainText(de('engagement.offer.insurance'));
	await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);

	await visit(page, CLUB_PATH);
	const section = page.getByRole('region', { name: de('opp.profile.heading') });
	await section.getByRole('link', { name: title }).click();
	await expect(page).toHaveURL(`/engagement/${id}`);
	await expectAccessible(page);

	// Archiving asks first; then the page is gone for visitors.
	await ownerPage.goto(editUrl);
	await expectAccessible(ownerPage);
	await ownerPage.getByRole('button', { name: de('opp.archive') }).click();
	await expect(ownerPage.getByText(de('opp.archive_question', { name: title }))).toBeVisible();
	await expectAccessible(ownerPage);
	await ownerPage
		.locator('#bestaetigen')
		.getByRole('button', { name: de('opp.archive') })
		.click();
	await expect(ownerPage.getByText(de('opp.saved.archived'))).toBeVisible();
	await expectAccessible(ownerPage);
	await visit(page, `/engagement/${id}`, 404);
});

// Only the error page, which has no script: the same with and without JavaScript.
test('a resident may not post for a club', { tag: '@script-free' }, async ({ residentPage }) => {
	await visit(residentPage, `${CLUB_PATH}/angebote/neu`, 403);
});
