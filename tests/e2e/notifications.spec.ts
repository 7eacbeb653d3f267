import type { Page } from '@playwright/test';
import { de, expect, expectAccessible, field, goodPassword, linkFromMail, register, submitSignIn, test, uniqueEmail, visit } from './support';

/** In the admin's tab: the one-click link at the foot of the newest mail to `to` with `subject`. */
async function unsubscribeLinkFromMail(adminPage: Page, to: string, subject: string): Promise<string> {
	await visit(adminPage, `/admin/mail?an=${encodeURIComponent(to)}`);
	await adminPage.getByRole('row').filter({ hasText: subject }).getByRole('link', { name: subject }).click();
	await expect(adminPage.getByRole('heading', { level: 1 })).toHaveText(subject);
	await expectAccessible(adminPage);
	const href = await adminPage.locator('pre.mail-body a[href*="/abbestellen?token="]').getAttribute('href');
	expect(href, 'the mail has an unsubscribe link').toBeTruthy();
	return href!;
}

test('a resident hears of a decision in Mein Bereich, chooses how she is mailed, and unsubscribes by a mail’s link while signed out', async ({ page, coordinatorPage, adminPage }, testInfo) => {
	// Three people and some twenty pages, each scanned with axe.
	test.setTimeout(240_000);
	const email = uniqueEmail(testInfo, 'greta');
	const password = goodPassword();
	const name = `Repair-Café Deichviertel ${testInfo.project.name} ${Date.now()}`;
	const accountNav = page.getByRole('navigation', { name: de('layout.account_nav') });
	const myArea = accountNav.getByRole('link', { name: de('nav.my_area') });

	// A new resident: registers, confirms her address, signs in.
	await register(page, { displayName: 'Greta Möller', email, password });
	await visit(page, await linkFromMail(adminPage, email, de('mail.verify_email.subject')));
	await submitSignIn(page, email, password);
	await expect(page).toHaveURL('/mein-bereich');
	await expect(myArea).toHaveAccessibleName(de('nav.my_area'));
	await expectAccessible(page);

	// She proposes an organisation; the coordination office approves it.
	await visit(page, '/netzwerk/organisationen/neu');
	await field(page, de('org.name')).fill(name);
	await field(page, de('org.kind')).selectOption({ label: de('kind.initiative') });
	await page.getByRole('button', { name: de('propose.submit') }).click();
	await expect(page.getByText(de('propose.sent'))).toBeVisible();
	await expectAccessible(page);
	await visit(coordinatorPage, '/koordination/freigaben');
	const item = coordinatorPage.getByRole('listitem').filter({ has: coordinatorPage.getByRole('heading', { name }) });
	await item.getByRole('radio', { name: de('moderation.decision.approved') }).check();
	await item.getByRole('button', { name: de('moderation.submit') }).click();
	await expect(coordinatorPage.getByText(de('moderation.done.approved'))).toBeVisible();
	await expectAccessible(coordinatorPage);

	// The header counts it; Mein Bereich lists it.
	await visit(page, '/mein-bereich');
	await expect(myArea).toHaveAccessibleName(new RegExp(`^${de('nav.my_area')}\\s+${de('notifications.nav_unread', { count: 1 })}$`));
	await page
		.getByRole('main')
		.getByRole('link', { name: de('notifications.title') })
		.click();
	await expect(page).toHaveURL('/mein-bereich/benachrichtigungen');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('notifications.title'));
	const title = de('mail.moderation_approved.subject', { title: name });
	await expect(page.getByRole('main').getByRole('link', { name: title })).toBeVisible();
	await expect(page.getByText(de('notifications.unread_count', { count: 1 }))).toBeVisible();
	await expectAccessible(page);

	// Reminders about her organisation: once a week is enough.
	const reminders = page.getByRole('group', { name: de('notifications.kind.organisation_stale') });
	await reminders.getByRole('radio', { name: de('notifications.delivery.weekly') }).check();
	await page.getByRole('button', { name: de('notifications.save') }).click();
	await expect(page.getByRole('status').filter({ hasText: de('notifications.saved') })).toBeVisible();
	await expect(page.getByRole('group', { name: de('notifications.kind.organisation_stale') }).getByRole('radio', { name: de('notifications.delivery.weekly') })).toBeChecked();
	await expect(page.getByRole('group', { name: de('notifications.kind.moderation_approved') }).getByRole('radio', { name: de('notifications.delivery.immediately') })).toBeChecked();
	await expectAccessible(page);

	// Read: the count falls, in the page and in the header.
	await page.getByRole('button', { name: de('notifications.mark_read_label', { title }) }).click();
	await expect(page.getByText(de('notifications.unread_count', { count: 0 }))).toBeVisible();
	await expect(page.getByRole('button', { name: de('notifications.mark_read_label', { title }) })).toHaveCount(0);
	await expect(myArea).toHaveAccessibleName(de('nav.my_area'));
	await expectAccessible(page);

	// Signed out, she stops these mails with the link at the foot of the one she got.
	await accountNav.getByRole('button', { name: de('nav.sign_out') }).click();
	await expect(accountNav.getByRole('link', { name: de('nav.sign_in') })).toBeVisible();
	await expectAccessible(page);
	const link = await unsubscribeLinkFromMail(adminPage, email, title);
	await visit(page, link);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('unsubscribe.title'));
	const what = de('notifications.kind.moderation_approved');
	await expect(page.getByRole('main')).toContainText(de('unsubscribe.question', { what }));
	await page.getByRole('button', { name: de('unsubscribe.button') }).click();
	await expect(page.getByRole('status')).toHaveText(de('unsubscribe.done', { what }));
	await expectAccessible(page);
	// The link again: already done.
	await visit(page, link);
	await expect(page.getByRole('main')).toContainText(de('unsubscribe.already', { what }));

	// Back in Mein Bereich the setting says so; the other choices are as she left them.
	await submitSignIn(page, email, password);
	await expect(page).toHaveURL('/mein-bereich');
	await expectAccessible(page);
	await visit(page, '/mein-bereich/benachrichtigungen');
	await expect(page.getByRole('group', { name: what }).getByRole('radio', { name: de('notifications.delivery.off') })).toBeChecked();
	await expect(reminders.getByRole('radio', { name: de('notifications.delivery.weekly') })).toBeChecked();
});

test('a changed unsubscribe link says so and changes nothing', { tag: '@script-free' }, async ({ page }) => {
	await visit(page, '/abbestellen?token=kein.gueltiger-link');
	await expect(page.getByRole('alert')).toHaveText(de('unsubscribe.invalid'));
	await expect(page.getByRole('button', { name: de('unsubscribe.button') })).toHaveCount(0);
});
