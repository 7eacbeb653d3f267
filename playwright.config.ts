import { defineConfig } from '@playwright/test';

/**
 * Browser journeys against the real server: built, migrated and seeded with the demo town
 * into a fresh embedded database for every run. Runs Debian's Chromium (no browser downloads),
 * once with JavaScript and once without, because every page must work without it.
 */
// E2E_PORT lets two copies of the suite run side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);
export const BASE_URL = `http://localhost:${PORT}`;
/** The same app on PostgreSQL, for the journeys without a browser. */
const POSTGRES_URL = `http://localhost:${PORT + 1}`;

/**
 * `npm test` runs the browser journeys and the requests without a browser in two lanes side by side
 * (scripts/test-together.js): E2E_PART=browser or E2E_PART=http picks one part with only the servers
 * it needs; without it everything runs.
 */
const PART = process.env.E2E_PART ?? 'all';
const withBrowser = PART !== 'http';
const withHttp = PART !== 'browser';
const withPostgres = withHttp && !!process.env.TEST_DATABASE_URL;

// The config is evaluated again in every worker; the environment carries the first value along.
process.env.GEMEINWERK_E2E_RUN ??= `${Date.now()}-${process.pid}`;
const dataDir = `.test-data/e2e-${process.env.GEMEINWERK_E2E_RUN}`;

export default defineConfig({
	testDir: 'tests/e2e',
	globalSetup: './tests/e2e/global-setup.ts',
	// One embedded database and two cores: one journey at a time.
	workers: 1,
	fullyParallel: false,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: 'list',
	timeout: 90_000,
	expect: { timeout: 10_000 },
	// Each part its own: a run empties its folder when it starts, and the two lanes start at different times.
	outputDir: PART === 'all' ? 'test-results' : `test-results/${PART}`,
	use: {
		baseURL: BASE_URL,
		locale: 'de-DE',
		timezoneId: 'Europe/Berlin',
		viewport: { width: 1280, height: 900 },
		browserName: 'chromium',
		launchOptions: {
			executablePath: '/usr/bin/chromium',
			args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
		},
		screenshot: 'only-on-failure',
		trace: 'off'
	},
	projects: [
		// A journey that needs JavaScript, or asks the API without a browser, is tagged `@js-only`
		// and not part of `nojs` at all; `@nojs-only` is the other way round. A journey that shows only
		// pages without any script is the same in both and tagged `@script-free`: `nojs` runs it and
		// checks that each page it shows is still without a script (tests/e2e/support.ts).
		...(withBrowser
			? [
					{ name: 'js', use: { javaScriptEnabled: true }, testIgnore: /\.http\.spec\.ts$/, grepInvert: /@nojs-only|@script-free/ },
					{ name: 'nojs', use: { javaScriptEnabled: false }, testIgnore: /\.http\.spec\.ts$/, grepInvert: /@js-only/ }
				]
			: []),
		// Requests without a browser: the route tree asked by people who must not see it, and hostile input,
		// on the embedded database and, where a PostgreSQL server is given, on PostgreSQL as well.
		...(withHttp ? [{ name: 'http', testMatch: /\.http\.spec\.ts$/ }] : []),
		...(withPostgres ? [{ name: 'http-postgres', testMatch: /\.http\.spec\.ts$/, use: { baseURL: POSTGRES_URL } }] : [])
	],
	webServer: [
		{
			command: 'node scripts/start.js',
			url: `${BASE_URL}/healthz`,
			timeout: 240_000,
			reuseExistingServer: false,
			stdout: 'ignore',
			stderr: 'pipe',
			env: {
				PORT: String(PORT),
				DATA_DIR: dataDir,
				GEMEINWERK_MODE: 'demo',
				LOG_LEVEL: 'warn'
			}
		},
		...(withPostgres
			? [
					{
						command: 'node tests/e2e/postgres-server.js',
						url: `${POSTGRES_URL}/healthz`,
						timeout: 300_000,
						reuseExistingServer: false,
						stdout: 'ignore' as const,
						stderr: 'pipe' as const,
						env: { PORT: String(PORT + 1), DATA_DIR: `${dataDir}-postgres`, GEMEINWERK_MODE: 'demo', LOG_LEVEL: 'warn', E2E_PGLITE_URL: `${BASE_URL}/healthz` }
					}
				]
			: [])
	]
});
