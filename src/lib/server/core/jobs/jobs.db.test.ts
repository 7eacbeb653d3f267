import { afterAll, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describeOnDatabases } from '$lib/server/testing/databases';
import { openDatabase, type Database } from '$lib/server/db/client';
import { jobs, periodicTaskRuns } from './schema';
import { enqueueJob, periodicRunner, periodicTasks, registerJobHandler, registerPeriodicTask, runDueJobs } from '.';

const handled: string[] = [];
registerJobHandler('test.remember', async (_db, job) => {
	handled.push((job.payload as { note: string }).note);
});

describeOnDatabases('jobs and periodic tasks', (env) => {
	const others: Database[] = [];
	afterAll(async () => {
		for (const database of others) await database.close();
	});

	/** A second server process: its own pool on PostgreSQL; the embedded database has only one. */
	async function secondProcess() {
		if (env().kind === 'pglite') return env().db;
		const database = await openDatabase({ url: process.env.TEST_DATABASE_URL });
		others.push(database);
		return database.db;
	}

	it('queues a job with a dedupe key once per tenant and says whether it did', async () => {
		const tenant = await env().tenant();
		const other = await env().tenant();
		const key = `reminder:${randomUUID()}:24h`;
		expect(await enqueueJob(env().db, tenant.id, 'test.remember', { note: key }, { dedupeKey: key })).toBe(true);
		expect(await enqueueJob(env().db, tenant.id, 'test.remember', { note: key }, { dedupeKey: key })).toBe(false);
		// Inside a transaction too, without spoiling it.
		await env().db.transaction(async (tx) => {
			expect(await enqueueJob(tx, tenant.id, 'test.remember', { note: key }, { dedupeKey: key })).toBe(false);
			expect(await enqueueJob(tx, tenant.id, 'test.remember', { note: `${key}-other` })).toBe(true);
		});
		expect(await enqueueJob(env().db, other.id, 'test.remember', { note: key }, { dedupeKey: key })).toBe(true);
		const queued = await env()
			.db.select()
			.from(jobs)
			.where(and(eq(jobs.tenantId, tenant.id), eq(jobs.kind, 'test.remember')));
		expect(queued.map((j) => j.dedupeKey).sort()).toEqual([key, null].sort());

		while ((await runDueJobs(env().db)) > 0);
		expect(handled.filter((n) => n === key)).toHaveLength(2);
		// Done, the key still holds: the reminder is not sent again.
		expect(await enqueueJob(env().db, tenant.id, 'test.remember', { note: key }, { dedupeKey: key })).toBe(false);
	});

	it('runs a periodic task once per slot across two processes, at the wall-clock time in Berlin', async () => {
		const name = `test.nightly-${randomUUID()}`;
		const runs: string[] = [];
		registerPeriodicTask(name, { every: 'day', at: '03:00' }, async (_db, slot) => {
			runs.push(slot.toISOString());
			// Long enough for the other process to ask meanwhile.
			await new Promise((resolve) => setTimeout(resolve, 100));
		});
		expect(periodicTasks()).toContainEqual({ name, schedule: 'daily 03:00' });
		const first = periodicRunner([name]);
		const second = periodicRunner([name]);
		const [db1, db2] = [env().db, await secondProcess()];

		// 14 January 2026, 10:00 in Berlin: the 03:00 run is owed, and one process does it.
		const morning = new Date('2026-01-14T09:00:00Z');
		const ran = await Promise.all([first(db1, morning), second(db2, morning)]);
		expect(ran.flat()).toEqual([name]);
		expect(runs).toEqual(['2026-01-14T02:00:00.000Z']);

		// Later that day and on restart (a fresh runner), nothing is owed.
		expect(await first(db1, new Date('2026-01-14T20:00:00Z'))).toEqual([]);
		expect(await periodicRunner([name])(db2, new Date('2026-01-15T01:59:00Z'))).toEqual([]);

		// The next night's slot, asked by both at once: once again.
		const night = new Date('2026-01-15T02:00:30Z');
		expect((await Promise.all([second(db2, night), first(db1, night)])).flat()).toEqual([name]);
		expect(runs).toEqual(['2026-01-14T02:00:00.000Z', '2026-01-15T02:00:00.000Z']);
		const [row] = await env().db.select().from(periodicTaskRuns).where(eq(periodicTaskRuns.name, name));
		expect(row).toMatchObject({ slot: new Date('2026-01-15T02:00:00Z'), lastError: null });
		expect(row.finishedAt).toBeInstanceOf(Date);
	});

	it('a failed run is recorded, and the next slot runs again', async () => {
		const name = `test.hourly-${randomUUID()}`;
		let calls = 0;
		registerPeriodicTask(name, { every: 'hour', minute: 15 }, async () => {
			calls++;
			if (calls === 1) throw new Error('mail server away');
		});
		const runner = periodicRunner([name]);
		expect(await runner(env().db, new Date('2026-02-01T10:20:00Z'))).toEqual([]);
		const [failed] = await env().db.select().from(periodicTaskRuns).where(eq(periodicTaskRuns.name, name));
		expect(failed.lastError).toContain('mail server away');
		expect(await runner(env().db, new Date('2026-02-01T10:50:00Z'))).toEqual([]);
		expect(await runner(env().db, new Date('2026-02-01T11:15:00Z'))).toEqual([name]);
		expect(calls).toBe(2);
	});
});
