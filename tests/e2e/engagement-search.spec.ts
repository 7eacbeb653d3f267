import { de, deN, expect, expectAccessible, field, test, visit } from './support';

// Two organisations of the demo town offer it, so its title names two results.
const HOMEWORK = 'Hausaufgabenhilfe im Jugendzentrum';

// The search's pages have no script: the journey is the same with JavaScript and without.
test('a visitor searches from the home page, filters with counts, widens an empty search, sorts and saves the search', { tag: '@script-free' }, async ({ page }) => {
	await visit(page, '/');
	const hero = page.getByRole('search', { name: de('esearch.title') });
	await field(hero, de('esearch.home_search')).fill('Hausaufgaben');
	await hero.getByRole('button', { name: de('home.search_submit') }).click();
	await expect(page).toHaveURL('/engagement?q=Hausaufgaben');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('esearch.title'));
	await expect(page.getByRole('link', { name: HOMEWORK }).first()).toBeVisible();
	// Without a filter in use the filters stay folded: on a phone the results come first.
	await expect(page.locator('details.filters')).not.toHaveAttribute('open');
	await expectAccessible(page);

	// Filters are a plain GET form; their options say how many each would find.
	await page.locator('details.filters summary').click();
	const search = page.getByRole('search', { name: de('esearch.search_label') });
	await search.getByLabel(de('esearch.category')).selectOption('kinder-jugend');
	const regular = search.getByLabel(de('esearch.commitment'));
	await expect(regular.locator('option[value="regular"]')).toHaveText(/^Regelmäßig \(\d+\)$/);
	await regular.selectOption('regular');
	await search.getByRole('button', { name: de('esearch.apply') }).click();
	await expect(page).toHaveURL('/engagement?q=Hausaufgaben&category=kinder-jugend&commitment=regular');
	await expect(page.getByRole('status')).toHaveText(deN('esearch.count', 2));
	await expect(page.getByRole('link', { name: HOMEWORK })).toHaveCount(2);
	const result = page.getByRole('link', { name: HOMEWORK }).first();
	// Each result leads to its opportunity's page.
	await expect(result).toHaveAttribute('href', /^\/engagement\/[0-9a-f-]{36}$/);
	await expect(page.getByText(de('esearch.by', { organisation: 'Jugendzentrum Kiste' }))).toBeVisible();
	await expectAccessible(page);
	const id = (await result.getAttribute('href'))!.split('/').pop();
	const api = await page.request.get(`/api/v1/opportunities/${id}`);
	expect((await api.json()).title).toBe(HOMEWORK);

	// Nothing for young people among these: the page says which filter to drop, and what that finds.
	await search.getByLabel(de('esearch.youth')).check();
	await search.getByRole('button', { name: de('esearch.apply') }).click();
	await expect(page).toHaveURL(/[?&]youth=1/);
	await expect(page.getByRole('status')).toHaveText(de('esearch.count_none'));
	await expectAccessible(page);
	await page.getByRole('link', { name: deN('esearch.empty_drop_count', 2, { filter: de('esearch.youth') }) }).click();
	await expect(page).toHaveURL('/engagement?q=Hausaufgaben&category=kinder-jugend&commitment=regular');
	await expect(page.getByRole('link', { name: HOMEWORK }).first()).toBeVisible();
	await expectAccessible(page);

	await page
		.getByRole('navigation', { name: de('esearch.sort') })
		.getByRole('link', { name: de('esearch.sort.newest') })
		.click();
	await expect(page).toHaveURL(/[?&]sort=newest/);
	await expect(page.getByRole('link', { name: de('esearch.sort.newest') })).toHaveAttribute('aria-current', 'true');
	await expectAccessible(page);

	// A guest saves the search: a confirmation mail first.
	const save = page.getByRole('region', { name: de('esearch.save_heading') });
	await field(save, de('esearch.save_email')).fill('suchauftrag.gast@example.org');
	await save.getByLabel(de('esearch.save_frequency')).selectOption('daily');
	await save.getByRole('button', { name: de('esearch.save_submit') }).click();
	await expect(page.getByText(de('esearch.saved_guest'))).toBeVisible();
	await expectAccessible(page);

	// A result opens its opportunity, which offers the first contact at once.
	await page.getByRole('link', { name: HOMEWORK }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOMEWORK);
	await expect(page.getByRole('link', { name: de('engagement.apply.cta') })).toHaveAttribute('href', /^\/engagement\/[0-9a-f-]{36}\/interesse$/);
	await expectAccessible(page);
});

test('a resident saves a search for her account, finds it in Mein Bereich and deletes it', { tag: '@script-free' }, async ({ residentPage: page }) => {
	await visit(page, '/engagement?category=soziales');
	const save = page.getByRole('region', { name: de('esearch.save_heading') });
	await expect(save.getByLabel(de('esearch.save_email'))).toHaveCount(0);
	await save.getByRole('button', { name: de('esearch.save_submit') }).click();
	await expect(page.getByText(de('esearch.saved_account', { email: 'bewohnerin@lindwerder.example' }))).toBeVisible();
	await expectAccessible(page);

	await visit(page, '/mein-bereich/suchauftraege');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('savedsearch.title'));
	const saved = page.getByRole('link', { name: 'Soziales', exact: true });
	await expect(saved).toHaveAttribute('href', '/engagement?category=soziales');
	await page.getByRole('button', { name: de('savedsearch.delete_label', { search: 'Soziales' }) }).click();
	await expect(page.getByText(de('savedsearch.deleted'))).toBeVisible();
	await expect(page.getByText(de('savedsearch.none'))).toBeVisible();
	await expectAccessible(page);
});
