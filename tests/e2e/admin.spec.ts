import { admin, coordinator, de, deN, expect, expectAccessible, field, goodPassword, linkFromMail, register, sendSignInForm, test, uniqueEmail, visit } from './support';

test('an admin gives a person the coordination role, sees it in the log and takes it away again', { tag: '@script-free' }, async ({ page, otherPage }, testInfo) => {
	// A new resident registers in their own browser.
	const email = uniqueEmail(testInfo, 'greta');
	const displayName = 'Greta Brandt';
	await register(otherPage, { displayName, email, password: goodPassword('Nr 7') });

	// The admin opens the administration, is asked to sign in, and comes back to it.
	await page.goto('/admin');
	await expect(page).toHaveURL('/anmelden?next=%2Fadmin');
	await expectAccessible(page);
	await sendSignInForm(page, admin.email, admin.password);
	await expect(page).toHaveURL('/admin');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('nav.admin'));
	await expectAccessible(page);

	// The resident confirms the address with the link the admin finds in the outbox.
	const link = await linkFromMail(page, email, de('mail.verify_email.subject'));
	await visit(otherPage, link);
	await expect(otherPage.getByRole('status')).toHaveText(de('confirm.verified'));

	// Find the account.
	await page
		.getByRole('navigation', { name: de('nav.admin') })
		.getByRole('link', { name: de('admin.accounts') })
		.click();
	await expect(page).toHaveURL('/admin/konten');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('admin.accounts'));
	await expectAccessible(page);
	const search = page.getByRole('search', { name: de('admin.accounts_search') });
	await field(search, de('admin.search_label')).fill(email);
	await search.getByRole('button', { name: de('admin.filter') }).click();
	await expect(page).toHaveURL(/\/admin\/konten\?q=/);
	await expect(page.getByRole('status')).toHaveText(deN('admin.accounts_count', 1));
	const row = page.getByRole('row').filter({ hasText: email });
	await expect(row.getByRole('cell')).toHaveText([displayName, email, de('role.resident'), de('admin.active'), '–']);
	await expectAccessible(page);

	// Give the role.
	await row.getByRole('link', { name: displayName }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(displayName);
	const accountUrl = page.url();
	expect(accountUrl).toMatch(/\/admin\/konten\/[0-9a-f-]{36}$/);
	const roles = page.getByRole('region', { name: de('admin.roles') });
	const coordination = roles.getByRole('listitem').filter({ hasText: de('role.coordinator') });
	await expect(coordination).toContainText(`${de('role.coordinator')}: ${de('admin.no_role')}`);
	await expect(page.getByText(de('admin.no_history'))).toBeVisible();
	await expectAccessible(page);

	await coordination.getByRole('button', { name: de('admin.assign_role', { role: de('role.coordinator') }) }).click();
	await expect(page.getByRole('status')).toHaveText(de('admin.role_assigned'));
	await expect(coordination).toContainText(`${de('role.coordinator')}: ${de('admin.has_role')}`);
	await expect(coordination.getByRole('button')).toHaveText(de('admin.remove_role', { role: de('role.coordinator') }));
	await expect(roles.getByRole('listitem').filter({ hasText: de('role.admin') })).toContainText(`${de('role.admin')}: ${de('admin.no_role')}`);
	await expect(page.getByRole('region', { name: de('admin.history') }).getByRole('listitem')).toContainText([de('audit.role.assigned')]);
	await expectAccessible(page);

	// The list shows the role as well.
	await visit(page, `/admin/konten?q=${encodeURIComponent(email)}`);
	await expect(page.getByRole('row').filter({ hasText: email }).getByRole('cell').nth(2)).toHaveText(de('role.coordinator'));

	// The log names the admin and the account.
	await page
		.getByRole('navigation', { name: de('nav.admin') })
		.getByRole('link', { name: de('admin.audit') })
		.click();
	await expect(page).toHaveURL('/admin/protokoll');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('admin.audit'));
	await expectAccessible(page);
	const filter = page.getByRole('search', { name: de('admin.audit_filter') });
	await filter.getByLabel(de('audit.action')).selectOption({ label: de('audit.role.assigned') });
	await field(filter, de('audit.person')).fill(admin.email);
	await filter.getByRole('button', { name: de('admin.filter') }).click();
	await expect(page).toHaveURL(/aktion=role.assigned/);
	const entry = page.getByRole('row').filter({ hasText: email });
	await expect(entry).toHaveCount(1);
	const cells = entry.getByRole('cell');
	await expect(cells.nth(1)).toHaveText(de('audit.sentence.role.assigned', { who: admin.displayName }));
	await expect(cells.nth(2).getByRole('link')).toContainText(email);
	await expect(cells.nth(3)).toHaveText(`${de('audit.field.roles')}: ${de('role.coordinator')}`);
	await expectAccessible(page);

	// Take the role away again.
	await visit(page, accountUrl);
	await coordination.getByRole('button', { name: de('admin.remove_role', { role: de('role.coordinator') }) }).click();
	await expect(page.getByRole('status')).toHaveText(de('admin.role_removed'));
	await expect(coordination).toContainText(`${de('role.coordinator')}: ${de('admin.no_role')}`);
	await expect(coordination.getByRole('button')).toHaveText(de('admin.assign_role', { role: de('role.coordinator') }));
	await expect(page.getByRole('region', { name: de('admin.history') }).getByRole('listitem')).toContainText([de('audit.role.removed'), de('audit.role.assigned')]);
	await expectAccessible(page);

	await visit(page, `/admin/protokoll?aktion=role.removed`);
	await expect(page.getByRole('row').filter({ hasText: email }).getByRole('cell').nth(1)).toHaveText(de('audit.sentence.role.removed', { who: admin.displayName }));
});

test('an admin cannot change their own roles', { tag: '@script-free' }, async ({ adminPage }) => {
	await visit(adminPage, `/admin/konten?q=${encodeURIComponent(admin.email)}`);
	await adminPage.getByRole('row').filter({ hasText: admin.email }).getByRole('link', { name: admin.displayName }).click();
	await expect(adminPage.getByRole('heading', { level: 1 })).toHaveText(admin.displayName);
	await expect(adminPage.getByText(de('admin.self_hint'))).toBeVisible();
	await expect(adminPage.getByRole('region', { name: de('admin.roles') }).getByRole('button')).toHaveCount(0);
	await expectAccessible(adminPage);
});

test('a signed-in resident gets the "no access" page in the administration', { tag: '@script-free' }, async ({ residentPage: page }) => {
	await visit(page, '/mein-bereich');
	await expect(page.getByRole('navigation', { name: de('layout.account_nav') }).getByRole('link', { name: de('nav.admin') })).toHaveCount(0);

	for (const path of ['/admin', '/admin/konten', '/admin/mail']) {
		await visit(page, path, 403);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('error.forbidden_title'));
		await expect(page.getByRole('main')).toContainText(de('error.forbidden'));
		await expect(page.getByRole('main')).not.toContainText(de('admin.accounts'));
	}
});

test('a visitor is sent to the sign-in page', { tag: '@script-free' }, async ({ page }) => {
	for (const path of ['/admin', '/admin/protokoll', '/mein-bereich/daten']) {
		await visit(page, path);
		await expect(page).toHaveURL(`/anmelden?next=${encodeURIComponent(path)}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('signin.title'));
	}
});

test('an admin answers accessibility feedback: status, handler and reply, and reads it in the log', { tag: '@script-free' }, async ({ page, adminPage }, testInfo) => {
	// Someone reports a barrier and leaves an address for the answer.
	const email = uniqueEmail(testInfo, 'melderin');
	const text = `Die Karte lässt sich ohne Maus nicht verschieben (${testInfo.project.name} ${Date.now()}).`;
	await visit(page, '/barrierefreiheit');
	const form = page.getByRole('region', { name: de('feedback.heading') });
	await field(form, de('feedback.page')).fill('/netzwerk/stadtplan');
	await field(form, de('feedback.message')).fill(text);
	await field(form, de('feedback.contact')).fill(email);
	await form.getByRole('button', { name: de('feedback.submit') }).click();
	await expect(form.getByRole('status')).toHaveText(de('feedback.thanks'));
	await expectAccessible(page);

	// The list shows it as new, nobody handling it, due in six weeks.
	await visit(adminPage, '/admin/rueckmeldungen');
	const entry = adminPage.getByRole('listitem').filter({ hasText: text });
	await expect(entry).toContainText(de('feedback.status.new'));
	await expect(entry).toContainText(de('feedback.no_handler'));
	await expect(entry).toContainText(deN('feedback.days_left', 42));
	await entry.getByRole('link').click();
	await expect(adminPage.getByRole('heading', { level: 1 })).toHaveText(de('feedback.entry'));
	await expectAccessible(adminPage);
	const feedbackPath = new URL(adminPage.url()).pathname;

	// The admin hands it to the coordination office and answers.
	await adminPage.getByLabel(de('feedback.status')).selectOption({ label: de('feedback.status.in_progress') });
	await adminPage.getByLabel(de('feedback.handler')).selectOption({ label: `${coordinator.displayName} (${coordinator.email})` });
	await field(adminPage, de('feedback.reply')).fill('Danke! Die Karte lässt sich jetzt mit den Pfeiltasten verschieben.');
	await adminPage.getByRole('button', { name: de('feedback.save') }).click();
	await expect(adminPage.getByText(de('feedback.saved_mailed'))).toBeVisible();
	await expect(adminPage.getByLabel(de('feedback.status'))).toHaveValue('answered');
	await expect(adminPage.getByLabel(de('feedback.handler'))).toHaveValue(/^[0-9a-f-]{36}$/);
	await expectAccessible(adminPage);

	// The answer is in the outbox, to the address she left.
	await visit(adminPage, `/admin/mail?an=${encodeURIComponent(email)}`);
	await expect(
		adminPage
			.getByRole('row')
			.filter({ hasText: email })
			.getByRole('link', { name: de('mail.accessibility_feedback_reply.subject') })
	).toHaveCount(1);

	// The log says in words who did what, names the report and lists the changes.
	await visit(adminPage, '/admin/protokoll?aktion=feedback.replied');
	const line = adminPage.getByRole('row').filter({ has: adminPage.locator(`a[href$="${feedbackPath}"]`) });
	await expect(line).toHaveCount(1);
	const cells = line.getByRole('cell');
	await expect(cells.nth(1)).toHaveText(de('audit.sentence.feedback.replied', { who: admin.displayName }));
	await expect(cells.nth(2)).toHaveText(de('feedback.entry'));
	await expect(cells.nth(3)).toContainText(`${de('audit.field.status')}: ${de('audit.value.new')} → ${de('audit.value.answered')}`);
	await expect(cells.nth(3)).toContainText(`${de('audit.field.handlerId')}: ${coordinator.displayName}`);
	await expect(cells.nth(3)).toContainText(`${de('audit.field.replied')}: ${de('audit.value.yes')}`);
});

test('on a phone the area menu is a short list above the content with a way past it; on a desktop it stands beside', { tag: '@script-free' }, async ({ coordinatorPage: page }) => {
	await page.setViewportSize({ width: 375, height: 740 });
	await visit(page, '/koordination/freigaben');
	const menu = page.getByRole('navigation', { name: de('coord.title') });
	const heading = page.getByRole('heading', { level: 1 });
	// "Freigaben (2 offen)": the count stands apart from the name.
	await expect(menu.getByRole('link', { name: new RegExp(`^${de('coord.moderation')}`) })).toHaveText(new RegExp(`^${de('coord.moderation')}( \\(\\d+ offen\\))?$`));
	const skip = page.getByRole('link', { name: de('layout.skip_area_menu') });
	await expect(skip).toBeVisible();
	const [menuBox, headingBox] = [await menu.boundingBox(), await heading.boundingBox()];
	expect(menuBox!.y + menuBox!.height).toBeLessThanOrEqual(headingBox!.y);
	// The content starts on the first screen.
	expect(headingBox!.y + headingBox!.height).toBeLessThan(740);
	await skip.click();
	await expect(page).toHaveURL(/#bereich-inhalt$/);

	await page.setViewportSize({ width: 1280, height: 800 });
	await expect(skip).toBeHidden();
	const [wideMenu, wideHeading] = [await menu.boundingBox(), await heading.boundingBox()];
	expect(wideMenu!.x + wideMenu!.width).toBeLessThanOrEqual(wideHeading!.x);
	await expectAccessible(page);
});
