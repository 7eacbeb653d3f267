import type { Locator, Page } from '@playwright/test';
import { de, expect, expectAccessible, field, test } from './support';
import { DEMO_CLUB_ID } from '../../src/lib/server/seed/demo-accounts';

/**
 * On a slow phone the page is there before its scripts: people start typing, then the scripts
 * arrive and hydrate the page. What they typed must still be there afterwards.
 */

/**
 * Holds every script of the app back, as a slow phone gets them: for two seconds, and in any case
 * until the test has typed into the page (a busy test machine types slowly). Counts those that
 * have arrived since.
 */
async function slowScripts(page: Page) {
	const scripts = { arrived: 0, typed: Promise.resolve(), release: () => {} };
	// For each page anew: its scripts wait for its typing.
	const arm = () => {
		scripts.arrived = 0;
		scripts.typed = new Promise<void>((resolve) => (scripts.release = resolve));
	};
	await page.route(/\/_app\/.*\.js(\?.*)?$/, async (route) => {
		await Promise.all([scripts.typed, new Promise((resolve) => setTimeout(resolve, 2000))]);
		await route.continue();
		scripts.arrived++;
	});
	return { scripts, arm };
}

type Slow = Awaited<ReturnType<typeof slowScripts>>;

/** Opens the page without waiting for more than its markup. */
async function openEarly(page: Page, { arm }: Slow, path: string) {
	arm();
	await page.goto(path, { waitUntil: 'commit' });
}

/** Types, lets the scripts come, waits until they have run, and expects the text still there. */
async function typeEarly(page: Page, { scripts }: Slow, entries: [Locator, string][]) {
	for (const [input, text] of entries) await input.fill(text);
	expect(scripts.arrived, 'typed before any script arrived').toBe(0);
	scripts.release();
	await page.waitForLoadState('networkidle');
	for (const [input, text] of entries) await expect(input).toHaveValue(text);
}

test.describe('typed text survives the arrival of the scripts', { tag: '@js-only' }, () => {
	test('sign-in and registration', async ({ page }) => {
		const slow = await slowScripts(page);
		await openEarly(page, slow, '/anmelden');
		await typeEarly(page, slow, [[field(page.getByRole('main'), de('field.email')), 'langsam@example.org']]);
		await expectAccessible(page);

		await openEarly(page, slow, '/registrieren');
		const main = page.getByRole('main');
		await typeEarly(page, slow, [
			[field(main, de('field.display_name')), 'Hanna Langsam'],
			[field(main, de('field.email')), 'hanna@example.org']
		]);
		await expectAccessible(page);
	});

	test('the searches of the Vereinsregister and the Stadtplan', async ({ page }) => {
		const slow = await slowScripts(page);
		await openEarly(page, slow, '/netzwerk/organisationen');
		await typeEarly(page, slow, [[field(page.getByRole('search'), de('orglist.q')), 'Sportverein']]);
		await expectAccessible(page);

		// The Stadtplan hydrates: its filters stay on the page and only the markers change.
		await openEarly(page, slow, '/netzwerk/stadtplan');
		const search = page.getByRole('search', { name: de('map.filters') });
		const netzwerk = search.getByLabel(de('map.network_only'));
		await netzwerk.check();
		await typeEarly(page, slow, [[field(search, de('map.search')), 'Chor']]);
		expect(slow.scripts.arrived, 'the Stadtplan has scripts').toBeGreaterThan(0);
		await expect(page.locator('.leaflet-container').first()).toBeVisible();
		await expect(netzwerk).toBeChecked();
		await expectAccessible(page);
	});

	test('the long form of an organisation, with the pin picker', async ({ ownerPage: page }) => {
		const slow = await slowScripts(page);
		await openEarly(page, slow, `/netzwerk/organisationen/${DEMO_CLUB_ID}/bearbeiten`);
		const profile = page.getByRole('region', { name: de('edit.profile') });
		const places = page.getByRole('region', { name: de('edit.places') });
		const consent = profile.getByLabel(de('org.contact_public'));
		const wasTicked = await consent.isChecked();
		await consent.setChecked(!wasTicked);
		await typeEarly(page, slow, [
			[field(profile, de('org.name')), 'TSV Lindwerder, noch nicht gespeichert'],
			[field(profile, de('org.description')), 'Ein langer Text,\nin Ruhe getippt.'],
			[field(places, de('place.lat')).last(), '54,51']
		]);
		expect(slow.scripts.arrived, 'the editing page has scripts').toBeGreaterThan(0);
		// Leaflet has made the pin picker: the page is hydrated.
		await expect(page.getByRole('region', { name: de('map.pin_label_new') })).toHaveClass(/leaflet-container/);
		await expect(consent).toBeChecked({ checked: !wasTicked });
		await expectAccessible(page);
	});
});
