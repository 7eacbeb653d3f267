import { and, eq, inArray, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { describeError, log } from '../log';
import { jobs, periodicTaskRuns } from './schema';
import { describeSchedule, latestSlot, type Schedule } from './schedule';

export { TIME_ZONE, type Schedule, type Weekday } from './schedule';

export type JobHandler = (db: Db, job: { tenantId: string; id: number; payload: unknown; attempts: number }) => Promise<void>;

const handlers = new Map<string, JobHandler>();

export function registerJobHandler(kind: string, handler: JobHandler): void {
	handlers.set(kind, handler);
}

export const MAX_ATTEMPTS = 8;
/** How long a claimed job is reserved; a worker that dies leaves it to be retried after this. */
const LEASE_SECONDS = 300;

export interface EnqueueOptions {
	/** Not before this time. */
	runAt?: Date;
	/** Unique per tenant: a job with a key already queued (or done and not yet purged) is not queued again. */
	dedupeKey?: string;
}

/** Write in the same transaction as the change that causes the work. Returns whether a job was queued. */
export async function enqueueJob(db: Db, tenantId: string, kind: string, payload: unknown, options: EnqueueOptions = {}): Promise<boolean> {
	const queued = await db
		.insert(jobs)
		.values({ tenantId, kind, payload, dedupeKey: options.dedupeKey ?? null, ...(options.runAt ? { runAt: options.runAt } : {}) })
		.onConflictDoNothing({ target: [jobs.tenantId, jobs.dedupeKey] })
		.returning({ id: jobs.id });
	return queued.length > 0;
}

/** Minutes to wait before attempt n+1: 1, 2, 4, … capped at 6 hours. */
export const backoffSeconds = (attempts: number) => Math.min(60 * 2 ** Math.max(0, attempts - 1), 6 * 3600);

/**
 * Only kinds this process has a handler for: while a new version rolls out, an older process
 * leaves the new kinds to the processes that know them.
 */
async function claimNext(db: Db) {
	if (!handlers.size) return undefined;
	return db.transaction(async (tx) => {
		const [due] = await tx
			.select({ tenantId: jobs.tenantId, id: jobs.id })
			.from(jobs)
			.where(and(eq(jobs.status, 'pending'), lte(jobs.runAt, sql`now()`), inArray(jobs.kind, [...handlers.keys()])))
			.orderBy(jobs.runAt)
			.limit(1)
			.for('update', { skipLocked: true });
		if (!due) return undefined;
		const [claimed] = await tx
			.update(jobs)
			.set({ attempts: sql`${jobs.attempts} + 1`, runAt: sql`now() + make_interval(secs => ${LEASE_SECONDS})` })
			.where(and(eq(jobs.tenantId, due.tenantId), eq(jobs.id, due.id)))
			.returning();
		return claimed;
	});
}

/** Runs due jobs until none is left or `limit` ran; returns how many ran. */
export async function runDueJobs(db: Db, limit = 50): Promise<number> {
	let ran = 0;
	while (ran < limit) {
		const job = await claimNext(db);
		if (!job) break;
		ran++;
		const where = and(eq(jobs.tenantId, job.tenantId), eq(jobs.id, job.id));
		try {
			await handlers.get(job.kind)!(db, job);
			await db.update(jobs).set({ status: 'done', finishedAt: new Date(), lastError: null }).where(where);
		} catch (error) {
			const { message } = describeError(error);
			const giveUp = job.attempts >= MAX_ATTEMPTS;
			log.warn({ job: job.id, kind: job.kind, attempts: job.attempts, error: message }, 'job failed');
			await db
				.update(jobs)
				.set({
					status: giveUp ? 'failed' : 'pending',
					lastError: message.slice(0, 1000),
					runAt: new Date(Date.now() + backoffSeconds(job.attempts) * 1000),
					finishedAt: giveUp ? new Date() : null
				})
				.where(where);
		}
	}
	return ran;
}

interface PeriodicTask {
	name: string;
	schedule: Schedule;
	run: (db: Db, slot: Date) => Promise<void>;
}
const periodic = new Map<string, PeriodicTask>();

/**
 * Work that recurs at wall-clock times in Europe/Berlin (reminders, digests, clean-ups). However
 * many server processes there are, one of them runs each slot (see `claimSlot`); `run` gets the
 * slot, e.g. to name the jobs it queues. A slot missed while no process ran is run once when one
 * starts again. Each run must still be safe to repeat: a process may die half-way.
 */
export function registerPeriodicTask(name: string, schedule: Schedule, run: (db: Db, slot: Date) => Promise<void>): void {
	latestSlot(schedule, new Date()); // a schedule that names no time fails here, at start-up
	periodic.set(name, { name, schedule, run });
}

/** The registered tasks and when they run, for the operators' docs and tests. */
export const periodicTasks = () => [...periodic.values()].map(({ name, schedule }) => ({ name, schedule: describeSchedule(schedule) }));

/** True for exactly one caller per task and slot, across every process sharing the database. */
async function claimSlot(db: Db, name: string, slot: Date): Promise<boolean> {
	const claimed = await db
		.insert(periodicTaskRuns)
		.values({ name, slot })
		.onConflictDoUpdate({
			target: periodicTaskRuns.name,
			set: { slot, startedAt: sql`now()`, finishedAt: null, lastError: null },
			setWhere: lt(periodicTaskRuns.slot, slot)
		})
		.returning({ name: periodicTaskRuns.name });
	return claimed.length > 0;
}

/**
 * One process's view of the periodic tasks (all registered ones, or those named): a function
 * that runs every task whose latest slot no process has claimed yet, and returns their names.
 * It remembers the slots it has seen, so between slots it asks the database nothing.
 */
export function periodicRunner(names?: string[]): (db: Db, now?: Date) => Promise<string[]> {
	const seen = new Map<string, number>();
	return async (db, now = new Date()) => {
		const ran: string[] = [];
		for (const task of periodic.values()) {
			if (names && !names.includes(task.name)) continue;
			const slot = latestSlot(task.schedule, now);
			if (seen.get(task.name) === slot.getTime()) continue;
			try {
				const mine = await claimSlot(db, task.name, slot);
				seen.set(task.name, slot.getTime());
				if (!mine) continue;
				await task.run(db, slot);
				await db.update(periodicTaskRuns).set({ finishedAt: new Date() }).where(eq(periodicTaskRuns.name, task.name));
				ran.push(task.name);
			} catch (error) {
				const { message } = describeError(error);
				log.error({ error: describeError(error), task: task.name, slot }, 'periodic task failed');
				await db
					.update(periodicTaskRuns)
					.set({ lastError: message.slice(0, 1000) })
					.where(eq(periodicTaskRuns.name, task.name))
					.catch(() => undefined);
			}
		}
		return ran;
	};
}

/** Polls for due jobs and periodic tasks in the background; returns a function that stops it. */
export function startJobWorker(db: Db, intervalMs = 2000): () => Promise<void> {
	let running: Promise<unknown> = Promise.resolve();
	let stopped = false;
	const runPeriodicTasks = periodicRunner();
	const timer = setInterval(() => {
		running = running.then(async () => (stopped ? 0 : (await runPeriodicTasks(db)).length + (await runDueJobs(db)))).catch((error) => log.error({ error: describeError(error) }, 'job worker'));
	}, intervalMs);
	timer.unref();
	return async () => {
		stopped = true;
		clearInterval(timer);
		await running;
	};
}
