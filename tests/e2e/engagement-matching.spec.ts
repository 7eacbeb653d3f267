import { de, expect, expectAccessible, field, test, visit } from './support';

const UMWELT = 'Umwelt & Naturschutz';

// The club's owner, as a resident of the town: the demo resident already has a profile (she asked for advice).
test('a resident fills the volunteer profile and "Passt zu mir" says why an opportunity fits', { tag: '@script-free' }, async ({ ownerPage: page }) => {
	// Without a profile the page invites to fill one.
	await visit(page, '/engagement/passt-zu-mir');
	await expect(page.getByRole('heading', { level: 2, name: de('matching.no_profile_heading') })).toBeVisible();
	await page.getByRole('link', { name: de('matching.create_profile') }).click();
	await expect(page).toHaveURL('/mein-bereich/engagement-profil');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('matching.profile.title'));
	await expectAccessible(page);

	const form = page.locator('form.profile-form');
	await form
		.getByRole('group', { name: de('matching.profile.interests') })
		.getByLabel(UMWELT)
		.check();
	// The week grid is a table: each box is named by its day and part of the day.
	await expect(form.getByRole('table').getByRole('columnheader', { name: de('engagement.part.morning') })).toBeVisible();
	await form.getByRole('checkbox', { name: 'Samstag vormittags' }).check();
	await field(form, de('matching.profile.postcode')).fill('24998');
	await field(form, de('matching.profile.radius')).selectOption('5');
	await form.getByRole('radio', { name: de('engagement.looking.once') }).check();
	await field(form, de('matching.profile.skills')).fill('Gärtnern, Kochen');
	// Advice without the consent is explained beside the box, and nothing typed is lost.
	await form.getByLabel(de('matching.profile.wants_advice')).check();
	await form.getByRole('button', { name: de('matching.profile.save') }).click();
	await expect(page.getByText(de('matching.error.consent'))).toBeVisible();
	await expectAccessible(page);
	await expect(form.getByLabel(UMWELT)).toBeChecked();
	await expect(form.getByRole('checkbox', { name: 'Samstag vormittags' })).toBeChecked();
	await expect(field(form, de('matching.profile.skills'))).toHaveValue('Gärtnern, Kochen');
	await form.getByLabel(de('matching.profile.wants_advice')).uncheck();
	await form.getByRole('button', { name: de('matching.profile.save') }).click();
	await expect(page.getByText(de('matching.profile.saved'))).toBeVisible();
	await expectAccessible(page);

	await page
		.getByRole('status')
		.getByRole('link', { name: de('matching.profile.to_matches') })
		.click();
	await expect(page).toHaveURL('/engagement/passt-zu-mir');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('matching.title'));
	const first = page.getByRole('main').getByRole('listitem').first();
	await expect(first).toContainText(`Passt zu Ihrem Interesse ${UMWELT}`);
	await expect(first).toContainText(/Passt zu \d+ %/);
	await expectAccessible(page);

	// The home page now has a card for it.
	await visit(page, '/');
	await expect(page.getByRole('main').getByRole('link', { name: de('matching.title') })).toHaveAttribute('href', '/engagement/passt-zu-mir');

	// Deleting the profile asks first, then the invitation is back.
	await visit(page, '/mein-bereich/engagement-profil');
	await page.getByRole('button', { name: de('matching.profile.delete') }).click();
	await expect(page.getByRole('heading', { name: de('matching.profile.delete_question') })).toBeVisible();
	await expectAccessible(page);
	await page
		.locator('.confirm-step')
		.getByRole('button', { name: de('matching.profile.delete') })
		.click();
	await expect(page.getByText(de('matching.profile.deleted'))).toBeVisible();
	await expectAccessible(page);
	await visit(page, '/engagement/passt-zu-mir');
	await expect(page.getByRole('link', { name: de('matching.create_profile') })).toBeVisible();
});

test('"Passt zu mir" and the profile need a signed-in person', { tag: '@script-free' }, async ({ page }) => {
	await page.goto('/engagement/passt-zu-mir');
	await expect(page).toHaveURL(/\/anmelden/);
	await expectAccessible(page);
	await page.goto('/mein-bereich/engagement-profil');
	await expect(page).toHaveURL(/\/anmelden/);
	await expectAccessible(page);
});
