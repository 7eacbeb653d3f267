/**
 * Shared helpers for the browser journeys.
 *
 * Every journey scans every page it sees with axe (WCAG 2.1 A/AA) and for ids used twice: `visit()` scans after
 * navigating, and after a click that loads a page a journey calls `expectAccessible()`
 * once it has seen the new page. The `page`, `adminPage`, `coordinatorPage` and `otherPage` fixtures record
 * each page load and fail the test when one of them was never scanned.
 *
 * Both projects (`js`, `nojs`) share one server and database, and its rate limits are per
 * client address, in memory, per run: sign-in 50 per 15 minutes (10 per address + e-mail),
 * registration and accessibility feedback 10 per hour each. The admin, the coordination
 * office, the resident and the club's owner sign in once per run and project (`adminPage`,
 * `coordinatorPage`, `residentPage`, `ownerPage`); journeys whose subject is the sign-in itself
 * sign in on their own.
 */
import { test as base, expect, type Browser, type BrowserContext, type Locator, type Page, type TestInfo, type WorkerInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Result as AxeResult } from 'axe-core';
import { translate, translatePlural, type MessageKey, type PluralKey } from '../../src/lib/i18n';
import { demoAccounts } from '../../src/lib/server/seed/demo-accounts';

export { expect };

/** The sentence the user sees in German (the default language), from the UI's own catalogue. */
export const de = (key: MessageKey, params?: Record<string, string | number>) => translate('de', key, params);
/** The same in English. */
export const en = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
/** The German form of a message for a number ("1 Ort gefunden", "3 Orte gefunden"). */
export const deN = (key: PluralKey, count: number, params?: Record<string, string | number>) => translatePlural('de', key, count, params);

const demo = (email: string) => {
	const account = demoAccounts.find((a) => a.email === email);
	if (!account) throw new Error(`demo account ${email} is not seeded`);
	return account;
};
export const admin = demo('admin@lindwerder.example');
export const resident = demo('bewohnerin@lindwerder.example');
export const coordinator = demo('koordination@lindwerder.example');
/** The owner of the demo town's sports club. */
export const owner = demoAccounts.find((a) => a.club === 'owner')!;

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

const noScript = new WeakSet<Page>();
const scanners = new WeakMap<Browser, Promise<Page>>();

/** Marks a tab of a context without JavaScript (the `nojs` project). */
export function markNoScript(page: Page): void {
	noScript.add(page);
}

/**
 * Legacy mode runs axe in the page itself; the default opens, fills and closes a blank page on
 * every scan to merge the results of frames, and our pages have none. Only the violations are
 * read, so axe need not collect every passing node.
 */
const axe = (page: Page) =>
	new AxeBuilder({ page })
		.options({ resultTypes: ['violations'] })
		.withTags(WCAG_TAGS)
		.setLegacyMode();

/**
 * What axe saw, by the page as it was: address, markup, viewport, focus and scroll position. Journeys
 * come back to pages they have seen (the home page, the sign-in form): the same page in the same state
 * is checked once per worker and found again here.
 */
const seen = new Map<string, Findings>();

/** What a scan finds: axe's violations, and the ids the page uses more than once. */
type Findings = { violations: AxeResult[]; duplicateIds: string[] };

/**
 * Two elements with one id: a label or `aria-describedby` then names the wrong field, and axe does
 * not catch every such case (two fields of one name in two forms of a page).
 */
const duplicateIds = (tab: Page) =>
	tab.evaluate(() => {
		const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
		return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
	});

const scan = async (tab: Page): Promise<Findings> => ({ violations: (await axe(tab).analyze()).violations, duplicateIds: await duplicateIds(tab) });
const stateOf = (page: Page, url: string, markup: string, extra = '') =>
	createHash('sha256')
		.update(JSON.stringify([noScript.has(page), url, page.viewportSize(), extra, markup]))
		.digest('hex');

/** The focused element and the scroll position: styles of `:focus` or a sticky header may change what axe finds. */
const focusAndScroll = (page: Page) => page.evaluate(() => `${[...document.querySelectorAll('*')].indexOf(document.activeElement!)}:${window.scrollX}:${window.scrollY}`);

/**
 * axe cannot run inside a page without JavaScript: its timers never fire. For such a tab the very
 * markup it shows (scripts removed) is loaded at the same address, with the same style sheets and
 * viewport, into a scanner tab that has JavaScript, and checked there.
 */
async function analyze(page: Page): Promise<Findings> {
	const url = withoutHash(page.url());
	if (!noScript.has(page)) {
		const state = stateOf(page, url, await page.content(), await focusAndScroll(page));
		if (!seen.has(state)) seen.set(state, await scan(page));
		return seen.get(state)!;
	}
	const markup = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<\/?noscript>/gi, '');
	const state = stateOf(page, url, markup);
	if (seen.has(state)) return seen.get(state)!;
	const browser = page.context().browser()!;
	let scannerTab = scanners.get(browser);
	if (!scannerTab) {
		scannerTab = browser.newContext({ viewport: page.viewportSize(), javaScriptEnabled: true }).then((context) => context.newPage());
		scanners.set(browser, scannerTab);
	}
	const scanner = await scannerTab;
	await scanner.setViewportSize(page.viewportSize()!);
	const sameDocument = (candidate: URL) => candidate.href === url;
	await scanner.route(sameDocument, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: markup }));
	try {
		await scanner.goto(url);
	} finally {
		await scanner.unroute(sameDocument);
	}
	expect(await scanner.title(), 'the scanner shows the same page').toBe(await page.title());
	seen.set(state, await scan(scanner));
	return seen.get(state)!;
}

/**
 * A journey that shows only pages without any script runs the same with and without JavaScript,
 * so it is tagged `@script-free` and runs in `nojs` only. Its pages are checked for that here:
 * a script, or a `<noscript>` that shows only without scripts, ends the tag's promise. JSON-LD is data.
 */
export const SCRIPT_FREE = '@script-free';
const scriptPattern = /<script\b(?![^>]*\btype="application\/ld\+json")|<noscript\b/i;
const testsWithScripts = new Set<string>();

/** Whether the page at `path` brings a script, asked without showing it (with the tab's cookies). */
export async function pageHasScripts(page: Page, path: string): Promise<boolean> {
	return scriptPattern.test(await (await page.request.get(path)).text());
}

function notePageScripts(url: string, markup: string): void {
	if (!scriptPattern.test(markup)) return;
	const info = runningTest();
	if (!info) return;
	testsWithScripts.add(info.testId);
	expect(info.tags, `${url} has a script, so this journey must also run with JavaScript: remove its ${SCRIPT_FREE} tag`).not.toContain(SCRIPT_FREE);
}

/** The test being run, or none while a worker's fixture signs in. */
function runningTest(): TestInfo | undefined {
	try {
		return base.info();
	} catch {
		return undefined;
	}
}

/** Runs axe with the WCAG 2.1 A/AA rules on the page as it is now and expects no violation and no id used twice. */
export async function expectAccessible(page: Page): Promise<void> {
	await page.waitForLoadState('load');
	const url = page.url();
	notePageScripts(url, await page.content());
	const { violations, duplicateIds } = await analyze(page);
	histories.get(page)?.push({ kind: 'scan', url: withoutHash(url) });
	const found = violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(found, describeViolations(url, violations)).toEqual([]);
	expect(duplicateIds, `ids used more than once on ${url}`).toEqual([]);
}

/** Opens a path (relative to the base URL), expects the status, and scans the page. */
export async function visit(page: Page, path: string, status = 200) {
	const response = await page.goto(path);
	expect(response, `no response for ${path}`).not.toBeNull();
	expect(response!.status(), `status of ${path}`).toBe(status);
	await expectAccessible(page);
	return response!;
}

/* ------------------------------------------------------------------ forms */

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A form field by its label; required fields carry a " *" in the label that screen readers do not read. */
export const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${escapeRegExp(label)}(\\s*\\*)?$`));

/* ------------------------------------------------------------------ accounts */

/** A fresh address per test and project: both projects share one database. */
export function uniqueEmail(testInfo: TestInfo, label: string): string {
	const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
	return `${label}-${testInfo.project.name}-${stamp}@example.org`;
}

/** A passphrase that passes the rules (≥ 15 characters, none of the name, address or town). */
export const goodPassword = (seed = '') => `Gruene Wiese am Fluss ${seed}`.trim();

/** Fills and sends the sign-in form on the page that shows it. The caller checks (and scans) the answer. */
export async function sendSignInForm(page: Page, email: string, password: string): Promise<void> {
	const form = page.getByRole('main').locator('form');
	await field(form, de('field.email')).fill(email);
	await field(form, de('field.password')).fill(password);
	await form.getByRole('button', { name: de('signin.submit') }).click();
	await page.waitForLoadState('load');
}

/** Opens the sign-in page of the tenant under `basePath` ('' for Lindwerder) and sends the form. */
export async function submitSignIn(page: Page, email: string, password: string, basePath = ''): Promise<void> {
	await visit(page, `${basePath}/anmelden`);
	await sendSignInForm(page, email, password);
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
	await field(page, de('field.display_name')).fill(account.displayName);
	await field(page, de('field.email')).fill(account.email);
	await field(page, de('field.password')).fill(account.password);
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
	await field(adminPage.getByRole('search'), de('mail.to')).fill(to);
	await adminPage
		.getByRole('search')
		.getByRole('button', { name: de('admin.filter') })
		.click();
	await expect(adminPage).toHaveURL(/[?&]an=/);
	await expect(adminPage.getByRole('status')).toHaveText(deN('mail.count', 1));
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
	// A context made in a test takes the project's options; the sign-in itself needs no project's view, and axe needs JavaScript.
	const context = await browser.newContext({ baseURL, javaScriptEnabled: true });
	const page = await context.newPage();
	const history = trackVisits(page);
	await signIn(page, email, password);
	expectEveryVisitScanned(page, history);
	const state = await context.storageState();
	await context.close();
	return state;
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** The account signs in once per run (sign-in is rate-limited); every worker of the run reuses its cookies. */
async function sharedSignIn(browser: Browser, baseURL: string, outputDir: string, account: { email: string; password: string }): Promise<StorageState> {
	// Shared by the workers of one run (one server): a new worker starts after every failure.
	const file = join(outputDir, `.state-${account.email}-${process.env.GEMEINWERK_E2E_RUN}.json`);
	if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
	const state = await signedInState(browser, baseURL, account.email, account.password);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, JSON.stringify(state));
	return state;
}

/** A browser window of its own for a signed-in account, next to the test's user; every page it shows must be scanned. */
async function signedInPage(browser: Browser, state: StorageState, options: { baseURL?: string; javaScriptEnabled: boolean; locale?: string }, testInfo: TestInfo, use: (page: Page) => Promise<void>) {
	const context = await browser.newContext({ ...options, storageState: state });
	const page = await context.newPage();
	if (!options.javaScriptEnabled) markNoScript(page);
	const history = trackVisits(page);
	await use(page);
	if (testInfo.status === testInfo.expectedStatus) expectEveryVisitScanned(page, history);
	await context.close();
}

type Tabs = { adminPage: Page; coordinatorPage: Page; residentPage: Page; ownerPage: Page; otherPage: Page };
type States = { adminState: StorageState; coordinatorState: StorageState; residentState: StorageState; ownerState: StorageState };

const stateOfAccount = (account: {
	email: string;
	password: string;
}): [(args: { browser: Browser }, use: (state: StorageState) => Promise<void>, workerInfo: WorkerInfo) => Promise<void>, { scope: 'worker' }] => [
	async ({ browser }, use, workerInfo) => use(await sharedSignIn(browser, workerInfo.project.use.baseURL!, workerInfo.project.outputDir, account)),
	{ scope: 'worker' }
];

export const test = base.extend<Tabs & { scriptFreeHint: void }, States>({
	/** Without JavaScript, names the journeys that showed no script at all and could run in `nojs` only. */
	scriptFreeHint: [
		async ({ javaScriptEnabled }, use, testInfo) => {
			await use();
			const candidate = !javaScriptEnabled && testInfo.status === 'passed' && !testsWithScripts.has(testInfo.testId);
			if (candidate && !testInfo.tags.some((tag) => tag === SCRIPT_FREE || tag === '@nojs-only')) console.log(`${SCRIPT_FREE} candidate: ${testInfo.titlePath.join(' › ')}`);
		},
		{ auto: true }
	],
	/** The test's own tab: every page it shows must be scanned. */
	page: async ({ page, javaScriptEnabled }, use, testInfo) => {
		if (!javaScriptEnabled) markNoScript(page);
		const history = trackVisits(page);
		await use(page);
		if (testInfo.status === testInfo.expectedStatus) expectEveryVisitScanned(page, history);
	},
	adminState: stateOfAccount(admin),
	coordinatorState: stateOfAccount(coordinator),
	residentState: stateOfAccount(resident),
	ownerState: stateOfAccount(owner),
	/** The town's administration, signed in. */
	adminPage: async ({ browser, adminState, baseURL, javaScriptEnabled, locale }, use, testInfo) => signedInPage(browser, adminState, { baseURL, javaScriptEnabled, locale }, testInfo, use),
	/** The coordination office, signed in. */
	coordinatorPage: async ({ browser, coordinatorState, baseURL, javaScriptEnabled, locale }, use, testInfo) =>
		signedInPage(browser, coordinatorState, { baseURL, javaScriptEnabled, locale }, testInfo, use),
	/** A resident of the town without other roles, signed in. */
	residentPage: async ({ browser, residentState, baseURL, javaScriptEnabled, locale }, use, testInfo) => signedInPage(browser, residentState, { baseURL, javaScriptEnabled, locale }, testInfo, use),
	/** The owner of the sports club, signed in. */
	ownerPage: async ({ browser, ownerState, baseURL, javaScriptEnabled, locale }, use, testInfo) => signedInPage(browser, ownerState, { baseURL, javaScriptEnabled, locale }, testInfo, use),
	/** A second person's browser window (no shared cookies with `page`). */
	otherPage: async ({ browser, baseURL, javaScriptEnabled, locale }, use, testInfo) => {
		const context = await browser.newContext({ baseURL, javaScriptEnabled, locale });
		const page = await context.newPage();
		if (!javaScriptEnabled) markNoScript(page);
		const history = trackVisits(page);
		await use(page);
		if (testInfo.status === testInfo.expectedStatus) expectEveryVisitScanned(page, history);
		await context.close();
	}
});
