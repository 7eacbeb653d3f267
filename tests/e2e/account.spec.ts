import { readFile } from 'node:fs/promises';
import { de, en, expect, expectAccessible, field, goodPassword, linkFromMail, register, sendSignInForm, submitSignIn, test, uniqueEmail, visit } from './support';

test('a resident registers, confirms the address, signs in, switches the language, downloads and deletes the data', { tag: '@script-free' }, async ({ page, adminPage, baseURL }, testInfo) => {
	const email = uniqueEmail(testInfo, 'frieda');
	const displayName = 'Frieda Sommerfeld';
	const password = goodPassword();

	// Register.
	await register(page, { displayName, email, password });
	await expect(page.getByRole('link', { name: de('register.to_signin') })).toBeVisible();

	// Before the address is confirmed, signing in explains what is missing.
	await page.getByRole('link', { name: de('register.to_signin') }).click();
	await expect(page).toHaveURL('/anmelden');
	await expectAccessible(page);
	await sendSignInForm(page, email, password);
	await expect(page.getByRole('alert')).toContainText(de('error.unverified'));
	await expect(page.getByRole('alert').getByRole('link', { name: de('signin.resend') })).toBeVisible();
	await expectAccessible(page);

	// The administration finds the confirmation mail in the outbox; its link confirms the address.
	const link = await linkFromMail(adminPage, email, de('mail.verify_email.subject'));
	expect(link).toMatch(new RegExp(`^${baseURL}/konto/bestaetigen\\?token=[\\w-]{20,}$`));
	await expect(adminPage.locator('pre.mail-body')).toContainText(`Hallo ${displayName},`);

	await visit(page, link);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('confirm.title'));
	await expect(page.getByRole('status')).toHaveText(de('confirm.verified'));

	// Sign in from the confirmation page.
	await page
		.getByRole('main')
		.getByRole('link', { name: de('nav.sign_in') })
		.click();
	await expect(page).toHaveURL('/anmelden');
	await expectAccessible(page);
	await sendSignInForm(page, email, password);
	await expect(page).toHaveURL('/mein-bereich');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('my.heading', { name: displayName }));
	await expect(page.getByRole('main')).toContainText(`${de('my.roles')} ${de('role.resident')}`);
	const accountNav = page.getByRole('navigation', { name: de('layout.account_nav') });
	await expect(accountNav.getByRole('link', { name: de('nav.my_area') })).toHaveAttribute('aria-current', 'page');
	await expect(accountNav.getByRole('link', { name: de('nav.admin') })).toHaveCount(0);
	await expectAccessible(page);

	// English and back.
	await accountNav.getByRole('button', { name: 'English' }).click();
	await expect(page).toHaveURL('/mein-bereich');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('my.heading', { name: displayName }));
	await expect(page.getByRole('link', { name: en('data.title') })).toBeVisible();
	await expect(page.getByRole('navigation', { name: en('layout.main_nav') }).getByRole('link', { name: en('nav.network') })).toBeVisible();
	await expectAccessible(page);
	await page
		.getByRole('navigation', { name: en('layout.account_nav') })
		.getByRole('button', { name: 'Deutsch' })
		.click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('my.heading', { name: displayName }));
	await expectAccessible(page);

	// My data: download.
	await page.getByRole('link', { name: de('data.title') }).click();
	await expect(page).toHaveURL('/mein-bereich/daten');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('data.title'));
	await expectAccessible(page);

	const downloading = page.waitForEvent('download');
	await page.getByRole('link', { name: de('data.export_button') }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^meine-daten-lindwerder-\d{4}-\d{2}-\d{2}\.json$/);
	const text = await readFile(await download.path(), 'utf8');
	const exported = JSON.parse(text);
	expect(text).toContain(email);
	expect(text).toContain(displayName);
	expect(exported).toMatchObject({ platform: 'Gemeinwerk', municipality: { name: 'Lindwerder' } });
	expect(text).not.toMatch(/password_?hash/i);
	expect(text).not.toContain('$argon2');
	expect(text).not.toContain(password);
	await expect(page).toHaveURL('/mein-bereich/daten');

	// Delete: a wrong password is refused next to the field …
	const danger = page.getByRole('region', { name: de('data.delete_heading') });
	const passwordField = field(danger, de('field.current_password'));
	await passwordField.fill('Nicht mein Passwort 123');
	await danger.getByLabel(de('data.delete_confirm')).check();
	await danger.getByRole('button', { name: de('data.delete_button') }).click();
	await expect(passwordField).toHaveAttribute('aria-invalid', 'true');
	await expect(passwordField).toHaveAccessibleDescription(de('error.wrong_password'));
	await expect(danger.getByRole('alert')).toHaveText(de('error.invalid_form'));
	await expectAccessible(page);

	// … the right one deletes the account.
	await passwordField.fill(password);
	await danger.getByLabel(de('data.delete_confirm')).check();
	await danger.getByRole('button', { name: de('data.delete_button') }).click();
	await expect(page).toHaveURL('/?geloescht=1');
	await expect(page.getByRole('status')).toHaveText(de('home.deleted'));
	await expect(page.getByRole('navigation', { name: de('layout.account_nav') }).getByRole('link', { name: de('nav.sign_in') })).toBeVisible();
	await expectAccessible(page);

	// The old credentials no longer work.
	await submitSignIn(page, email, password);
	await expect(page).toHaveURL('/anmelden');
	await expect(page.getByRole('alert')).toHaveText(de('error.invalid_credentials'));
	await expect(field(page.getByRole('main'), de('field.email'))).toHaveValue(email);
	await expectAccessible(page);

	// "Mein Bereich" asks to sign in again.
	await page.goto('/mein-bereich');
	await expect(page).toHaveURL('/anmelden?next=%2Fmein-bereich');
	await expectAccessible(page);
});

test('a too short password is explained next to the field and the other entries stay', { tag: '@script-free' }, async ({ page }, testInfo) => {
	const email = uniqueEmail(testInfo, 'kurt');
	await visit(page, '/registrieren');
	const main = page.getByRole('main');
	await field(main, de('field.display_name')).fill('Kurt Kurzmann');
	await field(main, de('field.email')).fill(email);
	await field(main, de('field.password')).fill('Kurz-2024');
	await main.getByRole('button', { name: de('register.submit') }).click();

	const passwordField = field(main, de('field.password'));
	await expect(main.getByRole('alert')).toHaveText(de('error.invalid_form'));
	await expect(passwordField).toHaveAttribute('aria-invalid', 'true');
	// The sentence sits in the field's box and is read with it (after the hint).
	await expect(main.locator('.field', { has: page.locator('input[name="password"]') }).locator('.error')).toHaveText(de('error.password_short'));
	await expect(passwordField).toHaveAccessibleDescription(`${de('field.password_hint')} ${de('error.password_short')}`);
	await expect(passwordField).toHaveValue('');
	await expect(field(main, de('field.display_name'))).toHaveValue('Kurt Kurzmann');
	await expect(field(main, de('field.email'))).toHaveValue(email);
	await expect(field(main, de('field.email'))).not.toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(page);
});

test('on Mein Konto every field has its own id: the label of each current-password field leads to its own form', { tag: '@script-free' }, async ({ residentPage: page }) => {
	await visit(page, '/mein-bereich/konto');
	for (const form of [de('account.email'), de('account.password')]) {
		const region = page.getByRole('region', { name: form });
		const current = field(region, de('field.current_password'));
		await expect(current).toHaveCount(1);
		await region.locator('label', { hasText: de('field.current_password') }).click();
		await expect(current).toBeFocused();
	}
});
