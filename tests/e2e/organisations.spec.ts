import sharp from 'sharp';
import { coordinator, de, expect, expectAccessible, field, resident, sendSignInForm, signIn, test, visit } from './support';

test('a resident proposes an organisation, a coordinator approves it, and it appears in the directory and on the map', async ({ page, otherPage }, testInfo) => {
	const name = `Nachbarschaftsgarten Mühlenau ${testInfo.project.name} ${Date.now()}`;

	// Proposing needs an account: the form asks to sign in and comes back.
	await page.goto('/netzwerk/organisationen/neu');
	await expect(page).toHaveURL('/anmelden?next=%2Fnetzwerk%2Forganisationen%2Fneu');
	await expectAccessible(page);
	await sendSignInForm(page, resident.email, resident.password);
	await expect(page).toHaveURL('/netzwerk/organisationen/neu');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('propose.title'));
	await expectAccessible(page);

	// A name of only spaces passes the browser's check but not the server's: the sentence stands
	// next to the field, and everything typed stays.
	await field(page, de('org.name')).fill('   ');
	await field(page, de('org.kind')).selectOption({ label: de('kind.initiative') });
	await field(page, de('org.description')).fill('Wir gärtnern gemeinsam und teilen die Ernte.');
	await page.getByRole('button', { name: de('propose.submit') }).click();
	await expect(page.getByText(de('error.invalid_form'))).toBeVisible();
	await expect(field(page, de('org.name'))).toHaveAccessibleDescription(new RegExp(de('error.required')));
	await expect(field(page, de('org.description'))).toHaveValue('Wir gärtnern gemeinsam und teilen die Ernte.');
	await expectAccessible(page);

	await expect(field(page, de('org.kind'))).toHaveValue('initiative');
	await field(page, de('org.name')).fill(name);
	await page.getByRole('checkbox', { name: 'Umwelt & Naturschutz' }).check();
	await page.getByRole('checkbox', { name: de('target.families') }).check();
	await field(page, de('org.city')).fill('Lindwerder');
	await page.getByRole('button', { name: de('propose.submit') }).click();
	await expect(page).toHaveURL(/\/netzwerk\/organisationen\/[0-9a-f-]{36}\/bearbeiten\?vorgeschlagen=1$/);
	await expect(page.getByText(de('propose.sent'))).toBeVisible();
	await expectAccessible(page);
	const editUrl = new URL(page.url());
	const organisationPath = editUrl.pathname.replace(/\/bearbeiten$/, '');

	// Before approval nobody else sees it.
	await visit(otherPage, organisationPath, 404);

	// The proposer adds a place with its position.
	const newPlace = page.getByRole('region', { name: de('edit.places') });
	await field(newPlace, de('place.name')).last().fill('Gemeinschaftsgarten am Mühlenteich');
	await field(newPlace, de('place.lat')).last().fill('54.5261');
	await field(newPlace, de('place.lng')).last().fill('9.5702');
	await newPlace.getByRole('button', { name: de('edit.add_place') }).click();
	await expect(page.getByText(de('edit.place_added'))).toBeVisible();
	await expectAccessible(page);

	// The coordinator approves it in the queue.
	await otherPage.goto('/koordination/freigaben');
	await expect(otherPage).toHaveURL('/anmelden?next=%2Fkoordination%2Ffreigaben');
	await expectAccessible(otherPage);
	await sendSignInForm(otherPage, coordinator.email, coordinator.password);
	await expect(otherPage).toHaveURL('/koordination/freigaben');
	await expect(otherPage.getByRole('heading', { level: 1 })).toHaveText(de('coord.moderation'));
	await expectAccessible(otherPage);
	const item = otherPage.getByRole('listitem').filter({ has: otherPage.getByRole('heading', { name }) });
	await item.getByRole('radio', { name: de('moderation.decision.approved') }).check();
	await item.getByRole('button', { name: de('moderation.submit') }).click();
	await expect(otherPage.getByText(de('moderation.done.approved'))).toBeVisible();
	await expectAccessible(otherPage);

	// Now everybody finds it in the directory …
	await visit(page, `/netzwerk/organisationen?q=${encodeURIComponent(name)}`);
	await expect(page.getByRole('main').getByRole('link', { name })).toBeVisible();

	// … and its place on the Engagement-Stadtplan's list.
	await visit(page, `/netzwerk/stadtplan?q=${encodeURIComponent(name)}`);
	await expect(page.getByRole('main')).toContainText('Gemeinschaftsgarten am Mühlenteich');
});

test('an owner can only edit their own organisation, and visitors are asked to sign in', { tag: '@script-free' }, async ({ page }) => {
	await page.goto('/netzwerk/organisationen/6f1e2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b/bearbeiten');
	await expect(page).toHaveURL(/\/anmelden\?next=/);
	await expectAccessible(page);
	await signIn(page, resident.email, resident.password);
	await visit(page, '/netzwerk/organisationen/6f1e2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b/bearbeiten', 403);
	await visit(page, '/koordination', 403);
});

// The administration's signed-in tab: sign-ins per account are rate-limited, and the coordinator signs in often elsewhere.
test('the town gives an organisation a logo, sees it in the list and on the profile, and removes it', async ({ adminPage: page }) => {
	const name = 'Imkerverein Lindwerder e. V.';
	await page.goto('/netzwerk/organisationen?q=Imkerverein');
	await expectAccessible(page);
	await page.getByRole('link', { name }).click();
	await expectAccessible(page);
	await page.getByRole('link', { name: de('orgpage.edit') }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('edit.title', { name }));
	await expectAccessible(page);
	const editUrl = page.url();
	const profile = page.getByRole('region', { name: de('edit.profile') });
	const description = field(profile, de('org.description'));
	const stored = await description.inputValue();
	// Text typed into the profile and not saved yet survives the uploads on the same page.
	const typed = `${stored}\nNeu: Honig aus dem Deichvorland.`;
	await description.fill(typed);
	const logo = page.getByRole('region', { name: de('edit.logo') });
	const upload = logo.getByRole('button', { name: new RegExp(`^(${de('edit.logo_upload')}|${de('edit.logo_replace')})$`) });

	// A file that is no image: the sentence stands next to the field.
	await field(logo, de('edit.logo_file')).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('kein Bild') });
	await upload.click();
	await expect(field(page.getByRole('region', { name: de('edit.logo') }), de('edit.logo_file'))).toHaveAccessibleDescription(new RegExp(de('error.image_invalid')));
	await expectAccessible(page);

	const png = await sharp({ create: { width: 900, height: 300, channels: 3, background: '#c98b00' } })
		.png()
		.toBuffer();
	await field(logo, de('edit.logo_file')).setInputFiles({ name: 'imker.png', mimeType: 'image/png', buffer: png });
	await upload.click();
	await expect(page.getByText(de('edit.logo_saved'))).toBeVisible();
	await expect(description).toHaveValue(typed);
	const preview = page.getByRole('img', { name: de('edit.logo_current', { name }) });
	await expect(preview).toBeVisible();
	const served = await page.request.get((await preview.getAttribute('src'))!);
	expect(served.headers()['content-type']).toBe('image/png');
	expect((await sharp(await served.body()).metadata()).width).toBe(480);
	await expectAccessible(page);

	await page.getByRole('link', { name: de('edit.view') }).click();
	await expect(page.getByRole('img', { name: de('orgpage.logo', { name }) })).toBeVisible();
	await expectAccessible(page);
	await page.goto('/netzwerk/organisationen?q=Imkerverein');
	const entry = page.getByRole('listitem').filter({ has: page.getByRole('link', { name }) });
	await expect(entry.locator('img.list-logo')).toHaveAttribute('alt', '');
	await expectAccessible(page);

	await page.goto(editUrl);
	await expectAccessible(page);
	// Nothing of it was saved: the profile shows the stored text again.
	await expect(description).toHaveValue(stored);
	await description.fill(typed);
	await page.getByRole('button', { name: de('edit.logo_remove') }).click();
	// First the question and what follows; the typed text rides along.
	const step = page.getByRole('region', { name: de('forms.logo_question', { name }) });
	await expect(step.getByRole('listitem')).toHaveText([de('forms.logo_gone')]);
	await expect(description).toHaveValue(typed);
	await expectAccessible(page);
	await step.getByRole('button', { name: de('edit.logo_remove') }).click();
	await expect(page.getByText(de('edit.logo_removed'))).toBeVisible();
	await expect(description).toHaveValue(typed);
	await expect(page.getByText(de('edit.logo_none'))).toBeVisible();
	await expectAccessible(page);
});
