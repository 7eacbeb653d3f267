import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { openDatabase, type Database } from '$lib/server/db/client';
import { migratedSnapshot, TestEnv } from '$lib/server/testing/databases';
import { organisations } from '../core/organisations/schema';
import { places } from '$lib/server/modules/directory/schema';
import { DIRECTORY_TOPIC } from '$lib/server/modules/directory';
import { CHANGES_CHANNEL, ChangeFeed, changes, TENANT_TOPIC } from '../core/changes';
import { configureStorage, LocalFolderStorage } from '../core/files';
import { resolveTenant, updateTenantSettings, type Tenant } from '../core/tenants';
import { keepableRequest, PageCache } from '../core/http/page-cache';

const settings = {
	name: 'Neuer Name',
	officeName: 'Team Engagement',
	officeEmail: 'engagement@example.org',
	colorPrimary: '#1d4f91',
	colorSecondary: '#f2c230',
	defaultLocale: 'de'
};

/** One server process: its own connection, change feed and cache of visitors' pages. */
interface Process {
	database: Database;
	feed: ChangeFeed;
	cache: PageCache;
	stop: () => Promise<void>;
}

async function startProcess(database: Database): Promise<Process> {
	const feed = new ChangeFeed();
	const stop = await feed.listenTo(database);
	return { database, feed, cache: new PageCache({ feed, maxBytes: 1 << 20 }), stop };
}

/** What a profile page does: read the organisation, render it, keep it for visitors under the topics it declares. */
async function profile(process: Process, tenant: Tenant, organisationId: string, topics = [TENANT_TOPIC, DIRECTORY_TOPIC]) {
	const keepable = visitorOf(tenant, `/netzwerk/organisationen/${organisationId}?topics=${topics}`);
	const kept = await process.cache.serve(keepable);
	if (kept) return { built: false, text: await kept.text() };
	const snapshot = process.cache.snapshot(tenant.id);
	const [row] = await process.database.db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
	const answer = await process.cache.keep(keepable, snapshot, topics, new Response(`<h1>${row.name}</h1>`, { headers: { 'content-type': 'text/html' } }));
	return { built: true, text: await answer.text() };
}

const visitorOf = (tenant: Tenant, path: string) => keepableRequest(new Request(`http://lindwerder.example${path}`), { tenantId: tenant.id, variant: 'de', sessionCookie: false })!;

const heard = (process: Process, tenant: Tenant, topic: string) => eventually(async () => process.feed.snapshot(tenant.id).generations.has(topic));

/**
 * Waits until a process has heard every write committed so far: messages arrive in commit
 * order, so once a marker sent now has arrived, everything before it has too.
 */
let markers = 0;
async function settled(process: Process, tenant: Tenant): Promise<void> {
	const topic = `marker-${++markers}`;
	await process.database.db.execute(sql`select pg_notify(${CHANGES_CHANNEL}, ${`${tenant.id} ${topic}`})`);
	await heard(process, tenant, topic);
}

/** A message from another process takes a moment; the own process hears its writes at once. */
async function eventually(check: () => Promise<boolean>): Promise<void> {
	const until = Date.now() + 5000;
	while (!(await check())) {
		if (Date.now() > until) throw new Error('no change heard within 5 s');
		await new Promise((r) => setTimeout(r, 20));
	}
}

beforeAll(() => configureStorage(new LocalFolderStorage(mkdtempSync(join(tmpdir(), 'gemeinwerk-files-')))));

describe('kept pages on the embedded database: heard in the same process', () => {
	let one: Process;
	let env: TestEnv;
	beforeAll(async () => {
		one = await startProcess(await openDatabase({ snapshot: migratedSnapshot() }));
		env = new TestEnv(one.database.db, 'pglite');
	});
	afterAll(async () => {
		await one.stop();
		await one.database.close();
	});

	it('builds a profile again once the directory of its town changes, not after a write elsewhere', async () => {
		const tenant = await env.tenant();
		const other = await env.tenant();
		const id = await env.organisation(tenant, { name: 'Turnverein' });
		expect(await profile(one, tenant, id)).toEqual({ built: true, text: '<h1>Turnverein</h1>' });
		expect((await profile(one, tenant, id)).built).toBe(false);

		await env.organisation(other);
		expect((await profile(one, tenant, id)).built).toBe(false);

		await one.database.db.update(organisations).set({ name: 'Turnverein 1880' }).where(eq(organisations.id, id));
		// The message came with the COMMIT's answer: the very next visitor gets the new page.
		expect(await profile(one, tenant, id)).toEqual({ built: true, text: '<h1>Turnverein 1880</h1>' });

		await one.database.db.insert(places).values({ tenantId: tenant.id, organisationId: id, name: 'Halle', street: 'Am Markt 1', postcode: '24999', city: 'Lindwerder' });
		expect((await profile(one, tenant, id)).built).toBe(true);
	});

	it('builds every page of the town again after its settings change', async () => {
		const tenant = await env.tenant();
		const admin = await env.account(tenant, ['admin']);
		const id = await env.organisation(tenant);
		await profile(one, tenant, id, [TENANT_TOPIC]);
		await profile(one, tenant, id);
		expect(await updateTenantSettings(env.ctx(tenant, admin.actor), settings)).toEqual({ ok: true, value: null });
		expect((await profile(one, tenant, id, [TENANT_TOPIC])).built).toBe(true);
		expect((await profile(one, tenant, id)).built).toBe(true);
	});
});

describe('tenants kept in memory', () => {
	let database: Database;
	let stop: () => Promise<void>;
	beforeAll(async () => {
		database = await openDatabase({ snapshot: migratedSnapshot() });
		stop = await changes.listenTo(database);
	});
	afterAll(async () => {
		await stop();
		changes.setListening(false);
		await database.close();
	});

	it('are read once and again after every change of settings', async () => {
		const env = new TestEnv(database.db, 'pglite');
		const tenant = await env.tenant();
		const admin = await env.account(tenant, ['admin']);
		const first = await resolveTenant(database.db, 'localhost', `/t/${tenant.slug}/netzwerk`);
		expect(await resolveTenant(database.db, 'localhost', `/t/${tenant.slug}/`)).toBe(first);
		expect(await updateTenantSettings(env.ctx(tenant, admin.actor), settings)).toEqual({ ok: true, value: null });
		const after = await resolveTenant(database.db, 'localhost', `/t/${tenant.slug}/`);
		expect(after && after !== 'unknown_host' && after.tenant.name).toBe('Neuer Name');
	});
});

describe.runIf(process.env.TEST_DATABASE_URL)('kept pages on PostgreSQL: two server processes', () => {
	let a: Process;
	let b: Process;
	let env: TestEnv;
	let stopTenants: () => Promise<void>;
	beforeAll(async () => {
		a = await startProcess(await openDatabase({ url: process.env.TEST_DATABASE_URL }));
		b = await startProcess(await openDatabase({ url: process.env.TEST_DATABASE_URL }));
		env = new TestEnv(a.database.db, 'postgres');
		// This test process's tenants are kept as process B keeps them.
		stopTenants = await changes.listenTo(b.database);
	});
	afterAll(async () => {
		await stopTenants();
		changes.setListening(false);
		for (const process of [a, b]) {
			await process.stop();
			await process.database.close();
		}
	});

	it('a directory edit in one process makes the other build its kept profile again', async () => {
		const tenant = await env.tenant();
		const id = await env.organisation(tenant, { name: 'Chor am See' });
		await settled(b, tenant);
		expect((await profile(b, tenant, id)).built).toBe(true);
		expect((await profile(b, tenant, id)).built).toBe(false);

		await a.database.db.update(organisations).set({ name: 'Chor am See e. V.' }).where(eq(organisations.id, id));
		await eventually(async () => (await b.cache.serve(visitorOf(tenant, `/netzwerk/organisationen/${id}?topics=${[TENANT_TOPIC, DIRECTORY_TOPIC]}`))) === null);
		expect(await profile(b, tenant, id)).toEqual({ built: true, text: '<h1>Chor am See e. V.</h1>' });
	});

	it('a settings change in one process reaches the other’s pages and tenants', async () => {
		const tenant = await env.tenant();
		const admin = await env.account(tenant, ['admin']);
		const id = await env.organisation(tenant);
		await settled(b, tenant);
		await profile(b, tenant, id, [TENANT_TOPIC]);
		expect((await profile(b, tenant, id, [TENANT_TOPIC])).built).toBe(false);
		const before = await resolveTenant(b.database.db, 'localhost', `/t/${tenant.slug}/`);
		expect(before && before !== 'unknown_host' && before.tenant.name).toBe(tenant.name);

		expect(await updateTenantSettings(env.ctx(tenant, admin.actor), settings)).toEqual({ ok: true, value: null });
		await eventually(async () => (await profile(b, tenant, id, [TENANT_TOPIC])).built);
		await eventually(async () => {
			const after = await resolveTenant(b.database.db, 'localhost', `/t/${tenant.slug}/`);
			return after !== null && after !== 'unknown_host' && after.tenant.name === 'Neuer Name';
		});
	});

	it('forgets what it kept when the connection that listens drops', async () => {
		const tenant = await env.tenant();
		const id = await env.organisation(tenant);
		await settled(b, tenant);
		await profile(b, tenant, id);
		expect((await profile(b, tenant, id)).built).toBe(false);
		await b.database.pool!.query(`select pg_terminate_backend(pid) from pg_stat_activity where query like 'LISTEN%' and pid <> pg_backend_pid()`);
		await eventually(async () => (await profile(b, tenant, id)).built);
		// Listening again after a second: kept again from then on.
		await eventually(async () => b.feed.listening);
		await profile(b, tenant, id);
		expect((await profile(b, tenant, id)).built).toBe(false);
	});
});
