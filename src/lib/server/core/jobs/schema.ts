import { pgTable, uuid, text, timestamp, jsonb, bigint, integer, primaryKey, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenants } from '../tenants/schema';

/** Work done after the request that caused it: written in the same transaction, so nothing is lost. */
export const jobs = pgTable(
	'jobs',
	{
		tenantId: uuid('tenant_id')
			.notNull()
			.references(() => tenants.id, { onDelete: 'cascade' }),
		id: bigint('id', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
		kind: text('kind').notNull(),
		payload: jsonb('payload').notNull(),
		status: text('status', { enum: ['pending', 'done', 'failed'] })
			.notNull()
			.default('pending'),
		attempts: integer('attempts').notNull().default(0),
		runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
		lastError: text('last_error'),
		/** Names the work once per tenant (e.g. "reminder:<event>:24h"): a second job with the same key is not queued. */
		dedupeKey: text('dedupe_key'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		finishedAt: timestamp('finished_at', { withTimezone: true })
	},
	(t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('jobs_due').on(t.status, t.runAt), uniqueIndex('jobs_dedupe').on(t.tenantId, t.dedupeKey)]
);

/**
 * The last slot each periodic task was claimed for, across every server process: the process
 * that moves `slot` forward runs the task, the others see the row already there. Not a
 * tenant's table: a task serves every tenant.
 */
export const periodicTaskRuns = pgTable('periodic_task_runs', {
	name: text('name').primaryKey(),
	slot: timestamp('slot', { withTimezone: true }).notNull(),
	startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
	finishedAt: timestamp('finished_at', { withTimezone: true }),
	lastError: text('last_error')
});
