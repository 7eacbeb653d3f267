import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Statistic } from '$lib/server/core/statistics';
import { organisations } from '$lib/server/core/organisations/schema';
import { places, walks } from './schema';

/** The day after `to`, so a range's last day counts whole. */
const dayAfter = (to: string) => sql`(${to}::date + 1)`;

export const directoryStatistics: Statistic[] = [
	{
		name: 'directory.organisations_published',
		label: 'stats.directory.organisations_published',
		// Published at the end of the range, among those that existed then.
		async count(db, tenantId, { to }) {
			const [row] = await db
				.select({ n: sql<number>`count(*)::int` })
				.from(organisations)
				.where(and(eq(organisations.tenantId, tenantId), eq(organisations.status, 'published'), lt(organisations.createdAt, dayAfter(to))));
			return row.n;
		}
	},
	{
		name: 'directory.organisations_new',
		label: 'stats.directory.organisations_new',
		async count(db, tenantId, { from, to }) {
			const [row] = await db
				.select({ n: sql<number>`count(*)::int` })
				.from(organisations)
				.where(and(eq(organisations.tenantId, tenantId), gte(organisations.createdAt, sql`${from}::date`), lt(organisations.createdAt, dayAfter(to))));
			return row.n;
		}
	},
	{
		name: 'directory.places_located',
		label: 'stats.directory.places_located',
		async count(db, tenantId, { to }) {
			const [row] = await db
				.select({ n: sql<number>`count(*)::int` })
				.from(places)
				.where(and(eq(places.tenantId, tenantId), sql`${places.lat} is not null`, lt(places.createdAt, dayAfter(to))));
			return row.n;
		}
	},
	{
		name: 'directory.walks_published',
		label: 'stats.directory.walks_published',
		async count(db, tenantId, { to }) {
			const [row] = await db
				.select({ n: sql<number>`count(*)::int` })
				.from(walks)
				.where(and(eq(walks.tenantId, tenantId), eq(walks.published, true), lt(walks.createdAt, dayAfter(to))));
			return row.n;
		}
	}
];
