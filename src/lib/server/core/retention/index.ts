import { sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '$lib/server/db/client';
import { registerPeriodicTask } from '../jobs';
import { describeError, log } from '../log';

/**
 * Data is kept only as long as it serves its purpose (DSGVO Art. 5(1)(e)). Each part of the
 * platform that stores something with an end registers how it is purged; the periods are in
 * docs/decisions/0012-retention.md.
 */
export interface RetentionRule {
	name: string;
	/** Deletes what has outlived its period at `now`; returns how many rows went. */
	purge(db: Db, now: Date): Promise<number>;
}

const rules = new Map<string, RetentionRule>();

export function registerRetentionRule(rule: RetentionRule): void {
	rules.set(rule.name, rule);
}

export const DAY = 24 * 3600 * 1000;
export const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY);

/** Deletes the rows a rule names and says how many went. */
export const deleteWhere = async (db: Db, table: PgTable, where: SQL | undefined): Promise<number> =>
	(
		await db
			.delete(table)
			.where(where)
			.returning({ one: sql`1` })
	).length;

/** Runs every rule; one that fails does not stop the others. Returns the rows purged per rule. */
export async function purgeExpiredData(db: Db, now = new Date()): Promise<Record<string, number>> {
	const purged: Record<string, number> = {};
	for (const rule of rules.values()) {
		try {
			purged[rule.name] = await rule.purge(db, now);
		} catch (error) {
			log.error({ error: describeError(error), rule: rule.name }, 'retention rule failed');
		}
	}
	return purged;
}

// Nightly, before the embedded database's vacuum at 03:30 reclaims the space.
registerPeriodicTask('data.retention', { every: 'day', at: '03:00' }, async (db) => {
	log.info({ purged: await purgeExpiredData(db) }, 'retention');
});
