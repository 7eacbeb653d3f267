import { de, deN, expect, expectAccessible, field, test, visit } from './support';
import { DEMO_CLUB_ID } from '../../src/lib/server/seed/demo-accounts';

// Destructive steps ask first and say what will follow; the second submit does it. Without JavaScript too.

test('deleting a field of activity says how many organisations lose it, and only the confirmation deletes it', { tag: '@script-free' }, async ({ coordinatorPage: page }, testInfo) => {
	await visit(page, '/koordination/kategorien');
	const sport = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: de('categories.delete', { name: 'Sport' }) }) });
	const used = Number(/(\d+)/.exec((await sport.getByText(/^\d+ Organisation(en)? ·/).textContent())!)![1]);
	expect(used, 'the demo town has sports clubs').toBeGreaterThan(1);

	await sport.getByRole('button', { name: de('categories.delete', { name: 'Sport' }) }).click();
	const step = page.getByRole('region', { name: de('forms.category_question', { name: 'Sport' }) });
	await expect(step).toBeVisible();
	await expect(page).toHaveURL(/#bestaetigen$/);
	await expect(step.getByRole('listitem')).toHaveText([deN('forms.category_loses', used), de('forms.category_orgs_stay')]);
	await expectAccessible(page);
	// Cancelling changes nothing.
	await step.getByRole('link', { name: de('forms.cancel') }).click();
	await expect(page.getByRole('button', { name: de('categories.delete', { name: 'Sport' }) })).toBeVisible();
	await expect(page.getByRole('region', { name: de('forms.category_question', { name: 'Sport' }) })).toHaveCount(0);
	await expectAccessible(page);

	const name = `Deichpflege ${testInfo.project.name} ${Date.now().toString(36)}`;
	const create = page.getByRole('region', { name: de('categories.new') });
	await field(create, de('categories.name_de')).fill(name);
	await field(create, de('categories.name_en')).fill('Dyke care');
	await create.getByRole('button', { name: de('categories.create') }).click();
	await expect(page.getByText(de('categories.created'))).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: de('categories.delete', { name }) }).click();
	const fresh = page.getByRole('region', { name: de('forms.category_question', { name }) });
	await expect(fresh.getByRole('listitem').first()).toHaveText(deN('forms.category_loses', 0));
	await expectAccessible(page);
	await fresh.getByRole('button', { name: de('categories.delete', { name }) }).click();
	await expect(page.getByText(de('categories.deleted'))).toBeVisible();
	await expect(page.getByRole('button', { name: de('categories.delete', { name }) })).toHaveCount(0);
	await expectAccessible(page);
});

test('removing a place and archiving an organisation ask first and say what follows', async ({ ownerPage: page }, testInfo) => {
	const editPath = `/netzwerk/organisationen/${DEMO_CLUB_ID}/bearbeiten`;
	await visit(page, editPath);
	const places = page.getByRole('region', { name: de('edit.places') });
	const name = `Geräteschuppen ${testInfo.project.name} ${Date.now().toString(36)}`;
	await field(places, de('place.name')).last().fill(name);
	await places.getByRole('button', { name: de('edit.add_place') }).click();
	await expect(page.getByText(de('edit.place_not_located'))).toBeVisible();
	await expectAccessible(page);

	// The button sits far down a long page, in the place's folded section; the step is where the browser lands.
	await places.locator('details summary').filter({ hasText: name }).click();
	await page.getByRole('button', { name: de('edit.remove_place', { name }) }).click();
	const step = page.getByRole('region', { name: de('forms.place_question', { name }) });
	await expect(step).toBeInViewport();
	// A new place is a stop of no walk yet.
	await expect(step.getByRole('listitem')).toHaveText([de('forms.place_gone')]);
	await expectAccessible(page);
	await step.getByRole('button', { name: de('edit.remove_place', { name }) }).click();
	await expect(page.getByText(de('edit.place_removed'))).toBeVisible();
	await expect(page.getByRole('button', { name: de('edit.remove_place', { name }) })).toHaveCount(0);
	await expectAccessible(page);

	await page.getByRole('button', { name: de('edit.archive') }).click();
	const archive = page.getByRole('region', { name: de('forms.archive_question', { name: 'Turn- und Sportverein Lindwerder von 1892 e. V.' }) });
	await expect(archive.getByRole('listitem').first()).toHaveText(de('forms.archive_hidden'));
	await expect(archive.getByRole('listitem').last()).toHaveText(de('forms.archive_restorable'));
	await expect(archive.getByText(/^\d+ (Ort wird|Orte werden) nicht mehr auf dem Stadtplan gezeigt\.$/)).toBeVisible();
	await expectAccessible(page);
	// Not this time: the club stays.
	await archive.getByRole('link', { name: de('forms.cancel') }).click();
	await expect(page.getByRole('button', { name: de('edit.archive') })).toBeVisible();
	await expect(page.getByText(de('edit.archived'))).toHaveCount(0);
	await expectAccessible(page);
});
