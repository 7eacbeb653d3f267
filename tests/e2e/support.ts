/**
 * Shared helpers for the browser journeys.
 *
 * Every journey scans every page it sees with axe (WCAG 2.1 A/AA): `visit()` scans after
 * navigating, and after a click that loads a page a journey calls `expectAccessible()`
 * once it has seen the new page. The `page` and `adminPage` fixtures record each page
 * load and fail the test when one of them was never scanned.
 */
import { test as base, expect, type Browser, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { Result as AxeResult } from 'axe-core';
import { translate, type MessageKey } from '../../src/lib/i18n';
import { demoAccounts } from '../../src/lib/server/seed/demo-accounts';

export { expect };

/** The sentence the user sees in German (the default language), from the UI's own catalogue. */
export const de = (key: MessageKey, params?: Record<string, string | number>) => translate('de', key, params);
/** The same in English. */
export const en = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);

const demo = (email: string) => {
	const account = demoAccounts.find((a) => a.email === email);
	if (!account) throw new Error(`demo account ${email} is not seeded`);
	return account;
};
export const admin = demo('admin@lindwerder.example');
export const resident = demo('bewohnerin@lindwerder.example');
export const coordinator = demo('koordination@lindwerder.example');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/* ------------------------------------------------------------------ accessibility */

type Visit = { kind: 'load'; url: string } | { kind: 'scan'; url: string };
const histories = new WeakMap<Page, Visit[]>();
const withoutHash = (url: string) => url.replace(/#.*$/, '');

/** Records every page the tab shows: a new document, or a new address after client-side navigation. */
export function trackVisits(page: Page): Visit[] {
	const history: Visit[] = [];
	histories.set(page, history);
	let lastUrl = '';
	const record = (url: string, newDocument: boolean) => {
		if (url === 'about:blank') return;
		const last = history.at(-1);
		// The commit of a new document and its DOMContentLoaded arrive one after the other.
		if (newDocument && last?.kind === 'load' && last.url === url) return;
		if (!newDocument && url === lastUrl) return; // history.replaceState on the same page, a #fragment
		history.push({ kind: 'load', url });
		lastUrl = url;
	};
	page.on('framenavigated', (frame) => {
		if (frame === page.mainFrame()) record(withoutHash(frame.url()), false);
	});
	page.on('domcontentloaded', () => record(withoutHash(page.url()), true));
	return history;
}

/** Fails when a page load was not followed by a scan before the next one. */
function expectEveryVisitScanned(page: Page, history: Visit[]): void {
	const unscanned = history.filter((visit, i) => visit.kind === 'load' && history[i + 1]?.kind !== 'scan').map((v) => v.url);
	expect(unscanned, `pages shown in this tab (${page.url()}) but never checked with expectAccessible()`).toEqual([]);
}

function describeViolations(url: string, violations: AxeResult[]): string {
	if (!violations.length) return '';
	const lines = violations.map((v) => {
		const targets = v.nodes.map((n) => `      ${n.target.join(' ')}${n.failureSummary ? `\n        ${n.failureSummary.replace(/\n/g, '\n        ')}` : ''}`).join('\n');
		return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${targets}`;
	});
	return `${violations.length} accessibility violation(s) on ${url}:\n${lines.join('\n')}`;
}

/** Runs axe with the WCAG 2.1 A/AA rules on the page as it is now and expects no violation. */
export async function expectAccessible(page: Page): Promise<void> {
	await page.waitForLoadState('load');
	const url = page.url();
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	histories.get(page)?.push({ kind: 'scan', url: withoutHash(url) });
	expect(results.violations, describeViolations(url, results.violations)).toEqual([]);
}

/** Opens a path (relative to the base URL), expects the status, and scans the page. */
export async function visit(page: Page, path: string, status = 200) {
	const response = await page.goto(path);
	expect(response, `no response for ${path}`).not.toBeNull();
	expect(response!.status(), `status of ${path}`).toBe(status);
	await expectAccessible(page);
	return response!;
}

/* ------------------------------------------------------------------ accounts */

/** A fresh address per test and project: both projects share one database. */
export function uniqueEmail(testInfo: TestInfo, label: string): string {
	const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
	return `${label}-${testInfo.project.name}-${stamp}@example.org`;
}

/** A passphrase that passes the rules (≥ 15 characters, none of the name, address or town). */
export const goodPassword = (seed = '') => `Gruene Wiese am Fluss ${seed}`.trim();

/** Fills and sends the sign-in form of the tenant under `basePath` ('' for Lindwerder); scans the form and the answer. */
export async function submitSignIn(page: Page, email: string, password: string, basePath = ''): Promise<void> {
	await visit(page, `${basePath}/anmelden`);
	const form = page.locator('main form');
	await form.getByLabel(de('field.email')).fill(email);
	await form.getByLabel(de('field.password'), { exact: true }).fill(password);
	await form.getByRole('button', { name: de('signin.submit') }).click();
	await page.waitForLoadState('load');
}

/** Signs in through the form and expects to land in "Mein Bereich". */
export async function signIn(page: Page, email: string, password: string, basePath = ''): Promise<void> {
	await submitSignIn(page, email, password, basePath);
	await expect(page).toHaveURL(new RegExp(`${basePath}/mein-bereich$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Hallo, /);
	await expectAccessible(page);
}

/** Registers through the form and expects the "check your mail" message. */
export async function register(page: Page, account: { displayName: string; email: string; password: string }): Promise<void> {
	await visit(page, '/registrieren');
	await page.getByLabel(de('field.display_name')).fill(account.displayName);
	await page.getByLabel(de('field.email')).fill(account.email);
	await page.getByLabel(de('field.password'), { exact: true }).fill(account.password);
	await page.getByRole('button', { name: de('register.submit') }).click();
	await expect(page.getByRole('status')).toHaveText(de('register.done', { email: account.email }));
	await expectAccessible(page);
}

/**
 * In the admin's tab: finds the newest mail to `to` with `subject` in the outbox
 * (/admin/mail) and returns the first link in its text.
 */
export async function linkFromMail(adminPage: Page, to: string, subject: string): Promise<string> {
	await visit(adminPage, '/admin/mail');
	await adminPage.getByRole('search').getByLabel(de('mail.to')).fill(to);
	await adminPage.getByRole('search').getByRole('button', { name: de('admin.filter') }).click();
	await expect(adminPage).toHaveURL(/[?&]an=/);
	await expect(adminPage.getByRole('status')).toHaveText(de('mail.count', { count: 1 }));
	await expectAccessible(adminPage);
	const row = adminPage.getByRole('row').filter({ hasText: to });
	await row.getByRole('link', { name: subject }).click();
	await expect(adminPage.getByRole('heading', { level: 1 })).toHaveText(subject);
	await expectAccessible(adminPage);
	const link = adminPage.locator('pre.mail-body a').first();
	const href = await link.getAttribute('href');
	expect(href, 'the mail contains a link').toBeTruthy();
	return href!;
}

/* ------------------------------------------------------------------ fixtures */

async function signedInState(browser: Browser, baseURL: string, email: string, password: string) {
	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	const history = trackVisits(page);
	await signIn(page, email, password);
	expectEveryVisitScanned(page, history);
	const state = await context.storageState();
	await context.close();
	return state;
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

export const test = base.extend<{ adminPage: Page }, { adminState: StorageState }>({
	/** The test's own tab: every page it shows must be scanned. */
	page: async ({ page }, use, testInfo) => {
		const history = trackVisits(page);
		await use(page);
		if (testInfo.status === testInfo.expectedStatus) expectEveryVisitScanned(page, history);
	},
	/** The admin signs in once per worker (sign-in is rate-limited) … */
	adminState: [
		async ({ browser }, use, workerInfo) => {
			const baseURL = workerInfo.project.use.baseURL!;
			await use(await signedInState(browser, baseURL, admin.email, admin.password));
		},
		{ scope: 'worker' }
	],
	/** … and works in a browser window of its own, next to the test's user. */
	adminPage: async ({ browser, adminState, baseURL, javaScriptEnabled, locale }, use, testInfo) => {
		const context = await browser.newContext({ baseURL, storageState: adminState, javaScriptEnabled, locale });
		const page = await context.newPage();
		const history = trackVisits(page);
		await use(page);
		if (testInfo.status === testInfo.expectedStatus) expectEveryVisitScanned(page, history);
		await context.close();
	}
});
