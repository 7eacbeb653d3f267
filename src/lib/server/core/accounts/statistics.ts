import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Statistic } from '../statistics';
import { accounts } from './schema';

export const accountStatistics: Statistic[] = [
	{
		name: 'accounts.registered',
		label: 'stats.accounts.registered',
		async count(db, tenantId, { from, to }) {
			const [row] = await db
				.select({ n: sql<number>`count(*)::int` })
				.from(accounts)
				.where(and(eq(accounts.tenantId, tenantId), gte(accounts.createdAt, sql`${from}::date`), lt(accounts.createdAt, sql`(${to}::date + 1)`)));
			return row.n;
		}
	}
];
