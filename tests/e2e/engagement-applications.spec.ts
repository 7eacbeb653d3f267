import { de, expect, expectAccessible, field, linkFromMail, test, uniqueEmail, visit } from './support';
import { DEMO_CLUB_ID } from '../../src/lib/server/seed/demo-accounts';
import { DEMO_APPLY_OPPORTUNITY_ID } from '../../src/lib/server/modules/engagement/applications/demo';

const TITLE = 'Helferinnen und Helfer für das Sommerfest am Deich';
const inbox = `/netzwerk/organisationen/${DEMO_CLUB_ID}/angebote/${DEMO_APPLY_OPPORTUNITY_ID}/bewerbungen`;

test(
	'a guest applies, confirms by the mailed link, the club accepts with a template, and the guest sees “angenommen”',
	{ tag: '@script-free' },
	async ({ page, adminPage, ownerPage, baseURL }, testInfo) => {
		const email = uniqueEmail(testInfo, 'gesa');
		const name = `Gesa Gast ${testInfo.project.name} ${Date.now().toString(36)}`;

		// From the opportunity's page to the form: a short message and what to share.
		await visit(page, `/engagement/${DEMO_APPLY_OPPORTUNITY_ID}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
		await page.getByRole('link', { name: de('engagement.apply.cta') }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('engagement.apply.title', { opportunity: TITLE }));
		await field(page, de('engagement.apply.name')).fill(name);
		await field(page, de('engagement.apply.email')).fill(email);
		await field(page, de('engagement.apply.message')).fill('Ich kann Kuchen backen und beim Aufbau helfen.');
		await field(page, de('engagement.apply.postcode')).fill('249');
		await page.getByRole('button', { name: de('engagement.apply.submit') }).click();
		// A clear sentence beside the field, and nothing typed is lost.
		await expect(page.getByRole('alert')).toHaveText(de('error.invalid_form'));
		await expect(page.getByText(de('engagement.apply.error_postcode'))).toBeVisible();
		await expect(field(page, de('engagement.apply.message'))).toHaveValue('Ich kann Kuchen backen und beim Aufbau helfen.');
		await expect(field(page, de('engagement.apply.name'))).toHaveValue(name);
		await expectAccessible(page);
		await field(page, de('engagement.apply.postcode')).fill('24998');
		await page.getByLabel(de('engagement.apply.share_email')).check();
		await page.getByRole('button', { name: de('engagement.apply.submit') }).click();
		await expect(page.getByRole('status')).toHaveText(de('engagement.apply.sent_guest', { email }));
		await expectAccessible(page);

		// Before the address is confirmed the club sees nothing of it.
		await visit(ownerPage, inbox);
		await expect(ownerPage.getByRole('link', { name })).toHaveCount(0);

		// The confirmation mail's link confirms; the club hears of it.
		const link = await linkFromMail(adminPage, email, de('mail.application_confirm.subject', { opportunity: TITLE }));
		expect(link).toMatch(new RegExp(`^${baseURL}/engagement/bewerbung-bestaetigen\\?token=[\\w-]{20,}$`));
		await visit(page, link);
		await expect(page.getByRole('status')).toContainText('hat Ihre Nachricht bekommen');
		await expect(page.getByRole('main')).toContainText(de('engagement.application.new'));

		// The owner of the club finds it in the inbox and accepts it with the template "Zusage".
		await visit(ownerPage, inbox);
		await expect(ownerPage.getByRole('heading', { level: 1 })).toHaveText(de('engagement.apply.inbox_title', { opportunity: TITLE }));
		await ownerPage.getByRole('link', { name }).click();
		await expect(ownerPage.getByRole('heading', { level: 1 })).toHaveText(de('engagement.apply.detail_title', { name }));
		await expect(ownerPage.getByRole('main')).toContainText('Ich kann Kuchen backen');
		await expect(ownerPage.getByRole('link', { name: email })).toBeVisible();
		await expectAccessible(ownerPage);

		await ownerPage.getByLabel(de('engagement.apply.note')).fill('Backt gern – Kuchenstand?');
		await ownerPage.getByRole('button', { name: de('engagement.apply.note_submit') }).click();
		await expect(ownerPage.getByRole('status')).toHaveText(de('engagement.apply.note_saved'));
		await expect(ownerPage.getByRole('main')).toContainText('Backt gern – Kuchenstand?');
		await expectAccessible(ownerPage);

		await ownerPage.getByLabel(de('engagement.apply.template')).selectOption({ label: 'Zusage' });
		await ownerPage.getByRole('button', { name: de('engagement.apply.template_use') }).click();
		await expect(ownerPage).toHaveURL(/vorlage=/);
		const reply = field(ownerPage, de('engagement.apply.reply_text'));
		await expect(reply).toHaveValue(new RegExp(`^Hallo ${name},\\n\\nvielen Dank für Ihr Interesse!`));
		await expectAccessible(ownerPage);
		await reply.fill(`${await reply.inputValue()}\n\nBringen Sie gern einen Kuchen mit!`);
		await ownerPage.getByLabel(de('engagement.apply.reply_status')).selectOption({ label: de('engagement.application.accepted') });
		await ownerPage.getByRole('button', { name: de('engagement.apply.reply_submit') }).click();
		await expect(ownerPage.getByRole('status')).toHaveText(de('engagement.apply.reply_sent'));
		await expect(ownerPage.getByRole('main')).toContainText(de('engagement.application.accepted'));
		await expectAccessible(ownerPage);

		// The guest's link shows "angenommen".
		await visit(page, link);
		await expect(page.getByRole('main')).toContainText(de('engagement.application.accepted'));
	}
);

test('a resident applies from her account, sees it in “Meine Bewerbungen” and withdraws it after a confirm step', { tag: '@script-free' }, async ({ residentPage: page }) => {
	await visit(page, `/engagement/${DEMO_APPLY_OPPORTUNITY_ID}/interesse`);
	await expect(page.getByRole('main')).toContainText(de('engagement.apply.as_account', { name: 'Lea Hansen' }));
	await expect(field(page, de('engagement.apply.email'))).toHaveCount(0);
	await field(page, de('engagement.apply.message')).fill('Samstags habe ich Zeit.');
	await page.getByLabel(de('engagement.apply.share_phone')).check();
	await page.getByRole('button', { name: de('engagement.apply.submit') }).click();
	// The phone was ticked but not given: said beside the field, the message stays.
	await expect(page.getByText(de('engagement.apply.error_phone'))).toBeVisible();
	await expect(field(page, de('engagement.apply.message'))).toHaveValue('Samstags habe ich Zeit.');
	await expectAccessible(page);
	await field(page, de('engagement.apply.phone')).fill('04698 55 66 77');
	await page.getByRole('button', { name: de('engagement.apply.submit') }).click();

	await expect(page).toHaveURL(/\/mein-bereich\/bewerbungen\?gesendet=/);
	await expect(page.getByRole('status')).toHaveText(de('engagement.apply.mine_sent', { organisation: 'Turn- und Sportverein Lindwerder von 1892 e. V.' }));
	// Newest first: earlier runs' withdrawn ones follow.
	const card = page.getByRole('listitem').filter({ hasText: TITLE }).first();
	await expect(card).toContainText(de('engagement.application.new'));
	await expectAccessible(page);

	await card.getByRole('button', { name: new RegExp(de('engagement.apply.withdraw')) }).click();
	await expect(page.getByRole('heading', { name: de('engagement.apply.withdraw_question', { opportunity: TITLE }) })).toBeVisible();
	await expectAccessible(page);
	await page
		.locator('.confirm-step')
		.getByRole('button', { name: de('engagement.apply.withdraw') })
		.click();
	await expect(page.getByRole('status')).toHaveText(de('engagement.apply.withdrawn_done'));
	await expect(page.getByRole('listitem').filter({ hasText: TITLE }).first()).toContainText(de('engagement.application.withdrawn'));
	await expectAccessible(page);
});

test('the club keeps its reply templates, and the office sees what waits for an answer', { tag: '@script-free' }, async ({ ownerPage, coordinatorPage }) => {
	const templates = `/netzwerk/organisationen/${DEMO_CLUB_ID}/antwortvorlagen`;
	await visit(ownerPage, templates);
	const name = `Rückfrage ${Date.now().toString(36)}`;
	const form = ownerPage.locator('form[action="?/create"]');
	await field(form, de('engagement.apply.template_name')).fill(name);
	await field(form, de('engagement.apply.template_text')).fill('haben Sie am Wochenende Zeit für ein kurzes Telefonat?');
	await form.getByRole('button', { name: de('engagement.apply.template_create') }).click();
	await expect(ownerPage.getByRole('status')).toHaveText(de('engagement.apply.template_saved'));
	await expect(ownerPage.getByRole('heading', { name: de('engagement.apply.edit_template', { name }) })).toBeVisible();
	await expectAccessible(ownerPage);
	await ownerPage.getByRole('button', { name: new RegExp(`^${de('engagement.apply.template_delete')}\\s*: ${name}$`) }).click();
	await expect(ownerPage.getByRole('heading', { name: de('engagement.apply.template_delete_question', { name }) })).toBeVisible();
	await expectAccessible(ownerPage);
	await ownerPage
		.locator('.confirm-step')
		.getByRole('button', { name: de('engagement.apply.template_delete') })
		.click();
	await expect(ownerPage.getByRole('status')).toHaveText(de('engagement.apply.template_deleted'));
	await expect(ownerPage.getByRole('heading', { name: de('engagement.apply.edit_template', { name }) })).toHaveCount(0);
	await expectAccessible(ownerPage);

	await visit(coordinatorPage, '/koordination/wartet-auf-antwort');
	await expect(coordinatorPage.getByRole('heading', { level: 1 })).toHaveText(de('engagement.apply.waiting_title'));
	await visit(coordinatorPage, '/koordination');
	await expect(coordinatorPage.getByRole('link', { name: de('engagement.apply.waiting_title') })).toBeVisible();
});
