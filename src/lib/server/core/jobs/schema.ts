import { pgTable, uuid, text, timestamp, jsonb, bigint, integer, primaryKey, index } from 'drizzle-orm/pg-core';
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
		status: text('status', { enum: ['pending', 'done', 'failed'] }).notNull().default('pending'),
		attempts: integer('attempts').notNull().default(0),
		runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
		lastError: text('last_error'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		finishedAt: timestamp('finished_at', { withTimezone: true })
	},
	(t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('jobs_due').on(t.status, t.runAt)]
);
