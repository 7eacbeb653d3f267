/**
 * The Freiwilligenbörse on other websites and for agencies moving in: the town allows a site, the
 * site frames the widget (a test page on that host), a site not allowed cannot; the office imports
 * opportunities from a CSV file after fixing what the preview points out.
 */
import type { Page } from '@playwright/test';
import { test, expect, visit, expectAccessible, field, de, deN } from './support';
import config from '../../playwright.config';

// The test's "other websites" are pages the test serves under public host names, framing the app on
// localhost: Chromium's local network access checks would block that for reasons that have nothing
// to do with the widget. Its frame-ancestors is what this file proves.
const launch = config.use?.launchOptions;
test.use({ launchOptions: { ...launch, args: [...(launch?.args ?? []), '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests'] } });

/** A page on another website that embeds the widget, served by the test itself. */
async function embeddingSite(page: Page, host: string, widgetUrl: string) {
	await page.route(`http://${host}/`, (route) =>
		route.fulfill({
			status: 200,
			contentType: 'text/html; charset=utf-8',
			body: `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Verein auf ${host}</title></head><body><main><h1>Unser Verein</h1><iframe src="${widgetUrl}" title="Engagement in Lindwerder" width="600" height="500"></iframe></main></body></html>`
		})
	);
}

test('an allowed website shows the widget in a frame, another one cannot', { tag: '@script-free' }, async ({ page, adminPage, baseURL }) => {
	await visit(adminPage, '/admin/gemeinde/einbetten');
	const hosts = field(adminPage, de('reach.hosts.label'));
	const listed = (await hosts.inputValue()).split('\n').filter((h) => h && h !== 'verein-lindwerder.example');
	await hosts.fill([...listed, 'verein-lindwerder.example'].join('\n'));
	await adminPage.getByRole('button', { name: de('reach.hosts.save') }).click();
	await expect(adminPage.getByRole('status')).toHaveText(de('account.saved'));
	await expectAccessible(adminPage);
	await expect(hosts).toHaveValue(/verein-lindwerder\.example/);

	// The help page gives the code with the chosen filters.
	await visit(page, '/engagement/einbetten');
	await page.getByLabel(de('reach.filter.commitment')).selectOption('once');
	await page.getByRole('button', { name: de('reach.embed.make') }).click();
	await expect(page).toHaveURL(/commitment=once/);
	await expectAccessible(page);
	const code = await page.getByLabel(de('reach.embed.code_label')).inputValue();
	expect(code).toContain(`src="${baseURL}/einbetten/engagement?commitment=once"`);
	const widgetUrl = `${baseURL}/einbetten/engagement?commitment=once`;

	await visit(page, '/einbetten/engagement?commitment=once');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('reach.widget.heading', { where: 'in Lindwerder' }));
	await expect(page.getByRole('link', { name: de('reach.widget.all') })).toHaveAttribute('target', '_blank');

	await embeddingSite(page, 'verein-lindwerder.example', widgetUrl);
	await visit(page, 'http://verein-lindwerder.example/');
	const frame = page.frameLocator('iframe');
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText(de('reach.widget.heading', { where: 'in Lindwerder' }));
	const all = frame.getByRole('link', { name: de('reach.widget.all') });
	await expect(all).toHaveAttribute('rel', 'noopener');
	await expect(all).toHaveAttribute('href', `${baseURL}/engagement?commitment=once`);

	await embeddingSite(page, 'fremde-seite.example', widgetUrl);
	await visit(page, 'http://fremde-seite.example/');
	// The browser refuses to show it: the frame stays without the widget's content.
	await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveCount(0);
});

test('the office imports opportunities from a CSV file once every row is right', { tag: '@script-free' }, async ({ coordinatorPage: page }) => {
	const header = 'Organisation;Titel;Art des Engagements;Aufgaben;Ortsunabhängig';
	const file = (...rows: string[]) => ({ name: 'angebote.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...rows].join('\r\n'), 'utf8') });
	const good = 'Ruderclub Lindwerder von 1910 e. V.;Steg streichen im Frühjahr;einmalig;Den Bootssteg schleifen und streichen;nein';

	await visit(page, '/koordination/angebote/import');
	await page.getByLabel(de('imports.file')).setInputFiles(file(good, 'Gibt es nicht e. V.;Irgendwas;manchmal;;'));
	await page.getByLabel(de('reach.import.status_draft')).check();
	await page.getByRole('button', { name: de('imports.check') }).click();
	await expect(page.getByRole('status')).toHaveText(deN('reach.import.summary', 2, { valid: 1, invalid: 1 }));
	await expectAccessible(page);
	await expect(page.getByText(de('reach.import.error.organisation_unknown', { value: 'Gibt es nicht e. V.' }), { exact: false })).toBeVisible();
	await expect(page.getByRole('button', { name: de('imports.submit') })).toHaveCount(0);

	await page.getByLabel(de('imports.file')).setInputFiles(file(good));
	await page.getByLabel(de('reach.import.status_draft')).check();
	await page.getByRole('button', { name: de('imports.check') }).click();
	await expect(page.getByRole('status')).toHaveText(deN('reach.import.summary', 1, { valid: 1, invalid: 0 }));
	await expectAccessible(page);
	await page.getByRole('button', { name: de('imports.submit') }).click();
	await expect(page.getByRole('status')).toHaveText(deN('reach.import.done_draft', 1));
	await expectAccessible(page);
	await expect(page.getByRole('main').getByText('Steg streichen im Frühjahr')).toBeVisible();
});
