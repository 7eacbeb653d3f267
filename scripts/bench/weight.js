// npm run bench:weight — what each public page costs a phone: bytes of JavaScript and of
// everything, as transferred (compressed as served), against the budget of docs/performance.md;
// then Lighthouse's mobile performance score of three pages, where Lighthouse is installed.
// Budget: ≤ 40 KB of JavaScript on pages without a map, ≤ 100 KB on pages with one.
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machine, startServer } from './server.js';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const BUDGET = { page: 40 * 1024, map: 100 * 1024 };
const CLUB = '/netzwerk/organisationen/6f1e2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';

if (!existsSync('build/handler.js')) execSync('npm run build', { stdio: 'inherit' });

const dataDir = mkdtempSync(join(tmpdir(), 'gemeinwerk-bench-'));
const server = await startServer({ dataDir, port: Number(process.env.PORT ?? 4182) });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
let failed = false;
try {
	const walk = await firstWalk();
	const pages = [
		{ name: 'home', path: '/' },
		{ name: 'home (English)', path: '/', language: 'en-GB,en;q=0.9' },
		{ name: 'section page', path: '/engagement' },
		{ name: 'network hub', path: '/netzwerk' },
		{ name: 'Vereinsregister A–Z', path: '/netzwerk/organisationen' },
		{ name: 'Vereinsregister search', path: '/netzwerk/organisationen?q=Sport' },
		{ name: 'organisation profile', path: CLUB, map: true },
		{ name: 'Engagement-Stadtplan', path: '/netzwerk/stadtplan', map: true },
		{ name: 'Stadtplan print view', path: '/netzwerk/stadtplan/drucken' },
		{ name: 'walks', path: '/netzwerk/spaziergaenge' },
		...(walk ? [{ name: 'a walk', path: walk, map: true }] : []),
		{ name: 'open data', path: '/netzwerk/daten' },
		{ name: 'sign in', path: '/anmelden' },
		{ name: 'register', path: '/registrieren' },
		{ name: 'imprint', path: '/impressum' },
		{ name: 'accessibility statement', path: '/barrierefreiheit' }
	];
	console.log('| page | JS files | JS KB (as sent) | all KB (as sent) | budget KB | within |\n|---|---|---|---|---|---|');
	for (const target of pages) {
		const weight = await weigh(target.path, target.language);
		const budget = target.map ? BUDGET.map : BUDGET.page;
		const within = weight.js <= budget && weight.uncompressedScripts.length === 0;
		if (!within) failed = true;
		console.log(
			`| ${target.name} (\`${target.path.replace(CLUB, '/netzwerk/organisationen/<id>')}\`) | ${weight.scripts} | ${kb(weight.js)} | ${kb(weight.all)} | ${kb(budget)} | ${within ? 'yes' : 'NO'} |`
		);
		for (const url of weight.uncompressedScripts) console.log(`  sent without compression: ${url}`);
		if (weight.leaflet && !target.map) console.log('  Leaflet on a page without a map');
		// WEIGHT_DETAIL=1 names the largest scripts of each page.
		if (process.env.WEIGHT_DETAIL) for (const file of weight.files.sort((a, b) => b.bytes - a.bytes).slice(0, 8)) console.log(`  ${kb(file.bytes)} KB ${file.encoding} ${file.url}`);
	}
	await lighthouseScores([
		{ name: 'home', path: '/' },
		{ name: 'Vereinsregister A–Z', path: '/netzwerk/organisationen' },
		{ name: 'organisation profile', path: CLUB }
	]);
	console.log(`\nmachine: ${await machine()}, Chromium ${browser.version()}, ${new Date().toISOString().slice(0, 10)}; fresh cache for every page`);
} finally {
	await browser.close();
	await server.stop();
	rmSync(dataDir, { recursive: true, force: true });
}
if (failed) process.exitCode = 1;

function kb(bytes) {
	return (bytes / 1024).toFixed(1);
}

/** Loads a page in a fresh browser context and adds up the bytes as they came over the wire. */
async function weigh(path, language = 'de-DE,de;q=0.9') {
	const context = await browser.newContext({ extraHTTPHeaders: { 'accept-language': language } });
	const page = await context.newPage();
	const responses = [];
	page.on('requestfinished', (request) => responses.push(request));
	await page.goto(server.url + path, { waitUntil: 'networkidle' });
	const weight = { scripts: 0, js: 0, all: 0, uncompressedScripts: [], leaflet: false, files: [] };
	for (const request of responses) {
		const response = await request.response();
		if (!response) continue;
		const sizes = await request.sizes();
		const headers = await response.allHeaders();
		weight.all += sizes.responseBodySize + sizes.responseHeadersSize;
		if (!/javascript/.test(headers['content-type'] ?? '')) continue;
		weight.scripts++;
		weight.js += sizes.responseBodySize;
		weight.files.push({ url: request.url().replace(server.url, ''), bytes: sizes.responseBodySize, encoding: headers['content-encoding'] ?? 'none' });
		if (!headers['content-encoding']) weight.uncompressedScripts.push(request.url());
		// Leaflet names its version near the top of its code.
		if (/="1\.9\.\d+";/.test(await response.text())) weight.leaflet = true;
	}
	await context.close();
	return weight;
}

async function firstWalk() {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${server.url}/netzwerk/spaziergaenge`);
	const link = await page
		.locator('main a[href*="/netzwerk/spaziergaenge/"]:not([href$="/drucken"])')
		.first()
		.getAttribute('href')
		.catch(() => null);
	await context.close();
	return link;
}

/** Lighthouse's default is a mid-range phone on a slow 4G line, which is what the score means. */
async function lighthouseScores(targets) {
	let lighthouse, launch;
	try {
		lighthouse = (await import('lighthouse')).default;
		({ launch } = await import('chrome-launcher'));
	} catch {
		console.log('\nLighthouse is not installed (npm install): no scores.');
		return;
	}
	console.log('\n| page | Lighthouse mobile performance | FCP | LCP | TBT | CLS |\n|---|---|---|---|---|---|');
	for (const target of targets) {
		// A run that Chromium could not finish (it happens on a busy machine) is tried once more.
		let lhr = await audit(lighthouse, launch, target.path);
		if (lhr.runtimeError) lhr = await audit(lighthouse, launch, target.path);
		if (lhr.runtimeError) console.log(`  ${target.name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
		const shown = (id) => lhr.audits[id]?.displayValue ?? '–';
		const score = Math.round((lhr.categories.performance.score ?? 0) * 100);
		console.log(`| ${target.name} | ${score} | ${shown('first-contentful-paint')} | ${shown('largest-contentful-paint')} | ${shown('total-blocking-time')} | ${shown('cumulative-layout-shift')} |`);
	}
}

async function audit(lighthouse, launch, path) {
	const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--accept-lang=de-DE'] });
	try {
		return (await lighthouse(server.url + path, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' })).lhr;
	} finally {
		await chrome.kill();
	}
}
