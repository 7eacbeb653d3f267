import { and, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { describeError, log } from '../log';
import { jobs } from './schema';

export type JobHandler = (db: Db, job: { tenantId: string; id: number; payload: unknown; attempts: number }) => Promise<void>;

const handlers = new Map<string, JobHandler>();

export function registerJobHandler(kind: string, handler: JobHandler): void {
	handlers.set(kind, handler);
}

export const MAX_ATTEMPTS = 8;
/** How long a claimed job is reserved; a worker that dies leaves it to be retried after this. */
const LEASE_SECONDS = 300;

/** Write in the same transaction as the change that causes the work. */
export async function enqueueJob(db: Db, tenantId: string, kind: string, payload: unknown, runAt?: Date): Promise<void> {
	await db.insert(jobs).values({ tenantId, kind, payload, ...(runAt ? { runAt } : {}) });
}

/** Minutes to wait before attempt n+1: 1, 2, 4, … capped at 6 hours. */
export const backoffSeconds = (attempts: number) => Math.min(60 * 2 ** Math.max(0, attempts - 1), 6 * 3600);

async function claimNext(db: Db) {
	return db.transaction(async (tx) => {
		const [due] = await tx
			.select({ tenantId: jobs.tenantId, id: jobs.id })
			.from(jobs)
			.where(and(eq(jobs.status, 'pending'), lte(jobs.runAt, sql`now()`)))
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
			const handler = handlers.get(job.kind);
			if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
			await handler(db, job);
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
	everyMs: number;
	run: (db: Db) => Promise<void>;
	lastRun: number;
}
const periodic: PeriodicTask[] = [];

/**
 * Work that recurs (reminders, clean-ups). Each run must be safe to repeat: with several nodes,
 * each runs it; the task itself marks what it has done (e.g. a "reminder sent" date).
 */
export function registerPeriodicTask(name: string, everyMs: number, run: (db: Db) => Promise<void>): void {
	if (!periodic.some((t) => t.name === name)) periodic.push({ name, everyMs, run, lastRun: 0 });
}

/** Runs the periodic tasks that are due; returns their names. */
export async function runPeriodicTasks(db: Db, now = Date.now()): Promise<string[]> {
	const ran: string[] = [];
	for (const task of periodic) {
		if (now - task.lastRun < task.everyMs) continue;
		task.lastRun = now;
		try {
			await task.run(db);
			ran.push(task.name);
		} catch (error) {
			log.error({ error: describeError(error), task: task.name }, 'periodic task failed');
		}
	}
	return ran;
}

/** Polls for due jobs and periodic tasks in the background; returns a function that stops it. */
export function startJobWorker(db: Db, intervalMs = 2000): () => Promise<void> {
	let running: Promise<unknown> = Promise.resolve();
	let stopped = false;
	const timer = setInterval(() => {
		running = running
			.then(async () => (stopped ? 0 : (await runDueJobs(db)) + (await runPeriodicTasks(db)).length))
			.catch((error) => log.error({ error: describeError(error) }, 'job worker'));
	}, intervalMs);
	timer.unref();
	return async () => {
		stopped = true;
		clearInterval(timer);
		await running;
	};
}
