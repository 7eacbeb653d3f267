import { de, en, expect, expectAccessible, field, owner, test, visit } from './support';

const CLUB = 'Turn- und Sportverein Lindwerder von 1892 e. V.';
const CLUB_PATH = '/netzwerk/organisationen/6f1e2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';

test('an owner reaches her organisations from Mein Bereich, the published one and one waiting for approval', async ({ ownerPage: page }, testInfo) => {
	const proposal = `Boßelfreunde am Deich ${testInfo.project.name} ${Date.now()}`;
	await visit(page, '/netzwerk/organisationen/neu');
	await field(page, de('org.name')).fill(proposal);
	await field(page, de('org.kind')).selectOption({ label: de('kind.initiative') });
	await page.getByRole('button', { name: de('propose.submit') }).click();
	await expect(page.getByText(de('propose.sent'))).toBeVisible();
	await expectAccessible(page);

	// Mein Bereich counts her memberships and links them, and has a card for the page.
	await visit(page, '/mein-bereich');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('my.heading', { name: owner.displayName }));
	const main = page.getByRole('main');
	await expect(main.getByRole('link', { name: de('myorgs.title') })).toHaveAttribute('href', '/mein-bereich/organisationen');
	await expectAccessible(page);
	await main.getByRole('link', { name: /^Mitglied in \d+ Organisationen$/ }).click();

	await expect(page).toHaveURL('/mein-bereich/organisationen');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('myorgs.title'));
	await expectAccessible(page);
	const club = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: CLUB }) });
	await expect(club).toContainText(de('status.published'));
	await expect(club).toContainText(de('role.owner'));
	await expect(club.getByRole('link', { name: de('myorgs.invite') })).toHaveAttribute('href', `${CLUB_PATH}/personen`);
	const waiting = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: proposal }) });
	await expect(waiting).toContainText(de('status.proposed'));
	await expect(waiting).toContainText(de('myorgs.proposed_hint'));
	// It has no place yet: the first step puts it on the map.
	await expect(waiting.getByRole('link', { name: de('myorgs.add_place') })).toHaveAttribute('href', /\/bearbeiten#places-heading$/);

	// The waiting one opens for editing; the published one shows its public page.
	await waiting.getByRole('link', { name: proposal }).click();
	await expect(page).toHaveURL(/\/netzwerk\/organisationen\/[0-9a-f-]+\/bearbeiten$/);
	await expectAccessible(page);
	await visit(page, '/mein-bereich/organisationen');
	await club.getByRole('link', { name: CLUB }).click();
	await expect(page).toHaveURL(CLUB_PATH);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(CLUB);
	await expectAccessible(page);
});

test('Zurück zum Vereinsregister returns to the search the person came from', async ({ page }) => {
	await visit(page, '/netzwerk/organisationen?q=Sport');
	await page.getByRole('main').getByRole('link', { name: CLUB }).click();
	await expect(page).toHaveURL(`${CLUB_PATH}?suche=q%3DSport`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(CLUB);
	await expectAccessible(page);
	await page.getByRole('link', { name: de('orgpage.back') }).click();
	await expect(page).toHaveURL('/netzwerk/organisationen?q=Sport');
	await expect(page.getByRole('searchbox', { name: de('orglist.q') })).toHaveValue('Sport');
	await expectAccessible(page);
});

test('in English the site says Legal notice, marks German content as German and names itself on the 404 page', async ({ page }) => {
	await visit(page, '/');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expectAccessible(page);

	await visit(page, CLUB_PATH);
	await expect(page.locator('.prose').first()).toHaveAttribute('lang', 'de');
	await expectAccessible(page);

	const footer = page.getByRole('navigation', { name: en('layout.footer_nav') });
	await footer.getByRole('link', { name: en('legal.imprint') }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Legal notice');
	await expect(page.getByRole('main')).toContainText('Phone: 04698 123-450');
	await expect(page.getByRole('main')).not.toContainText('Telefon');
	await expectAccessible(page);

	await visit(page, '/gibt-es-nicht', 404);
	await expect(page).toHaveTitle(en('error.page_title', { heading: en('error.not_found_title'), site: en('layout.brand', { where: 'in Lindwerder' }) }));
	await expectAccessible(page);

	// Back in German, the Kreis is "im Kreis Nordaue".
	await page.getByRole('button', { name: 'Deutsch' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expectAccessible(page);
	await visit(page, '/t/kreis-nordaue/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('home.heading', { where: 'im Kreis Nordaue' }));
	await expect(page).toHaveTitle(de('home.title', { where: 'im Kreis Nordaue' }));
	await expectAccessible(page);
});
