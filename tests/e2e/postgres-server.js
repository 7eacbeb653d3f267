// The same server on a PostgreSQL database of its own, for the journeys that run on both databases.
// It starts once the embedded-database server is up, so the two never build at the same time.
import { spawn } from 'node:child_process';
import pg from 'pg';

const { TEST_DATABASE_URL, E2E_PGLITE_URL, GEMEINWERK_E2E_RUN } = process.env;
const base = new URL(String(TEST_DATABASE_URL));
const name = `${base.pathname.slice(1)}_e2e_${String(GEMEINWERK_E2E_RUN).replace(/\W/g, '_')}`.slice(0, 63);

/** @param {string} url */
async function waitFor(url) {
	for (let i = 0; i < 600; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			/* not up yet */
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`${url} did not come up`);
}

// Asked on the maintenance database: Vitest, running beside the journeys, copies TEST_DATABASE_URL's
// database as a template, which PostgreSQL refuses while anyone else is connected to it.
const maintenance = new URL(String(TEST_DATABASE_URL));
maintenance.pathname = '/postgres';

/** @param {string} sql */
async function admin(sql) {
	const client = new pg.Client({ connectionString: maintenance.href });
	await client.connect();
	try {
		return (await client.query(sql)).rows;
	} finally {
		await client.end();
	}
}

await waitFor(String(E2E_PGLITE_URL));
// A run stopped hard cannot drop its database: those of runs older than a day go now.
const prefix = `${base.pathname.slice(1)}_e2e_`;
for (const { datname } of await admin(`SELECT datname FROM pg_database WHERE datname LIKE '${prefix.replace(/_/g, '\\_')}%'`)) {
	const started = Number(datname.slice(prefix.length).split('_')[0]);
	if (started && started < Date.now() - 24 * 3600 * 1000) await admin(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
}
await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await admin(`CREATE DATABASE "${name}"`);
const url = new URL(String(TEST_DATABASE_URL));
url.pathname = `/${name}`;
const server = spawn(process.execPath, ['scripts/start.js'], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url.href } });
const stop = () => server.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', async (code) => {
	await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
	process.exit(code ?? 0);
});
