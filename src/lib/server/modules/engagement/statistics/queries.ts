import { and, asc, desc, eq, inArray, isNotNull, ne, or, sql, type SQLWrapper } from 'drizzle-orm';
import { isId } from '$lib/server/core/validation';
import type { Db } from '$lib/server/db/client';
import type { DateRange } from '$lib/server/core/statistics';
import { categoriesTable, districtsTable, placesTable } from '$lib/server/modules/directory';
import { applications, consultations, opportunities, opportunityFields, opportunityPlaces, searchDemand, suggestions } from '../schema';
import type { ApplicationStatus } from '../vocabulary';

/*
 * The Freiwilligenbörse's figures over a period, read in the town's time zone: an application sent
 * at 23:30 on 31 December belongs to that year. Each reads only the tenant's own rows, and the
 * search demand never says who searched: its table does not know.
 */

const localDay = (column: SQLWrapper) => sql`(${column} at time zone 'Europe/Berlin')::date`;
const inRange = (column: SQLWrapper, { from, to }: DateRange) => sql`${localDay(column)} between ${from}::date and ${to}::date`;
const dayInRange = (column: SQLWrapper, { from, to }: DateRange) => sql`${column} between ${from}::date and ${to}::date`;
const localMonth = (column: SQLWrapper) => sql<string>`to_char(${column} at time zone 'Europe/Berlin', 'YYYY-MM')`;

/** Opportunities count in the period they were published in, whatever became of them since. */
const publishedIn = (tenantId: string, range: DateRange) => and(eq(opportunities.tenantId, tenantId), isNotNull(opportunities.publishedAt), inRange(opportunities.publishedAt, range));

export async function countOpportunitiesPublished(db: Db, tenantId: string, range: DateRange): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(opportunities)
		.where(publishedIn(tenantId, range));
	return row.n;
}

/** Per field of activity; `id` null for opportunities without one. An opportunity in two fields counts in both. */
export async function opportunitiesByField(db: Db, tenantId: string, range: DateRange) {
	return db
		.select({ id: categoriesTable.id, nameDe: categoriesTable.nameDe, nameEn: categoriesTable.nameEn, n: sql<number>`count(distinct ${opportunities.id})::int` })
		.from(opportunities)
		.leftJoin(opportunityFields, and(eq(opportunityFields.tenantId, opportunities.tenantId), eq(opportunityFields.opportunityId, opportunities.id)))
		.leftJoin(categoriesTable, and(eq(categoriesTable.tenantId, opportunityFields.tenantId), eq(categoriesTable.id, opportunityFields.categoryId)))
		.where(publishedIn(tenantId, range))
		.groupBy(categoriesTable.id, categoriesTable.nameDe, categoriesTable.nameEn, categoriesTable.position, categoriesTable.sortKey)
		.orderBy(sql`${categoriesTable.id} is null`, asc(categoriesTable.position), asc(categoriesTable.sortKey));
}

/**
 * Per district of the opportunities' places; `id` null for places outside every district. An
 * opportunity in two districts counts in both; those done from anywhere are counted apart.
 */
export async function opportunitiesByDistrict(db: Db, tenantId: string, range: DateRange) {
	const [districts, [online]] = await Promise.all([
		db
			.select({ id: districtsTable.id, name: districtsTable.name, n: sql<number>`count(distinct ${opportunities.id})::int` })
			.from(opportunities)
			.innerJoin(opportunityPlaces, and(eq(opportunityPlaces.tenantId, opportunities.tenantId), eq(opportunityPlaces.opportunityId, opportunities.id)))
			.innerJoin(placesTable, and(eq(placesTable.tenantId, opportunityPlaces.tenantId), eq(placesTable.id, opportunityPlaces.placeId)))
			.leftJoin(districtsTable, and(eq(districtsTable.tenantId, placesTable.tenantId), eq(districtsTable.id, placesTable.districtId)))
			.where(publishedIn(tenantId, range))
			.groupBy(districtsTable.id, districtsTable.name, districtsTable.sortKey)
			.orderBy(sql`${districtsTable.id} is null`, asc(districtsTable.sortKey)),
		db
			.select({ n: sql<number>`count(*)::int` })
			.from(opportunities)
			.where(and(publishedIn(tenantId, range), eq(opportunities.online, true)))
	]);
	return { districts, online: online.n };
}

/** Applications sent in the period: a guest's once the address is confirmed, an account's when sent. */
const sentIn = (tenantId: string, range: DateRange) => and(eq(applications.tenantId, tenantId), isNotNull(applications.confirmedAt), inRange(applications.confirmedAt, range));

export async function applicationsByStatus(db: Db, tenantId: string, range: DateRange): Promise<Map<ApplicationStatus, number>> {
	const rows = await db
		.select({ status: applications.status, n: sql<number>`count(*)::int` })
		.from(applications)
		.where(sentIn(tenantId, range))
		.groupBy(applications.status);
	return new Map(rows.map((r) => [r.status, r.n]));
}

/**
 * How many applications of the period the organisation answered within 7 days: the status left
 * "neu" by then. Only applications whose 7 days are over count, and none the volunteer withdrew
 * (whether an answer came first is not known). Only the last change of status is stored, so an
 * answer in time followed by a later change counts as late: the share is a lower bound.
 */
export async function answeredWithinSevenDays(db: Db, tenantId: string, range: DateRange, now = new Date()): Promise<{ answered: number; total: number }> {
	const weekAgo = new Date(now.getTime() - 7 * 24 * 3600 * 1000);
	const [row] = await db
		.select({
			total: sql<number>`count(*)::int`,
			answered: sql<number>`(count(*) filter (where ${applications.status} <> 'new' and ${applications.statusChangedAt} <= ${applications.confirmedAt} + interval '7 days'))::int`
		})
		.from(applications)
		.where(and(sentIn(tenantId, range), ne(applications.status, 'withdrawn'), sql`${applications.confirmedAt} <= ${weekAgo.toISOString()}::timestamptz`));
	return row;
}

/** The share as a whole percentage, or null when there is nothing to measure. */
export const percent = ({ answered, total }: { answered: number; total: number }): number | null => (total === 0 ? null : Math.round((100 * answered) / total));

/** Matches: applications accepted, by the month they were accepted in. */
export async function matchesByMonth(db: Db, tenantId: string, range: DateRange): Promise<Map<string, number>> {
	const month = localMonth(applications.statusChangedAt);
	const rows = await db
		.select({ month, n: sql<number>`count(*)::int` })
		.from(applications)
		.where(and(eq(applications.tenantId, tenantId), eq(applications.status, 'accepted'), inRange(applications.statusChangedAt, range)))
		.groupBy(month);
	return new Map(rows.map((r) => [r.month, r.n]));
}

export async function consultationsByMonth(db: Db, tenantId: string, range: DateRange): Promise<Map<string, number>> {
	const month = sql<string>`to_char(${consultations.heldOn}, 'YYYY-MM')`;
	const rows = await db
		.select({ month, n: sql<number>`count(*)::int` })
		.from(consultations)
		.where(and(eq(consultations.tenantId, tenantId), dayInRange(consultations.heldOn, range)))
		.groupBy(month);
	return new Map(rows.map((r) => [r.month, r.n]));
}

/** Suggestions made, by the month they were made in, and those accepted, by the month of the answer. */
export async function suggestionsByMonth(db: Db, tenantId: string, range: DateRange): Promise<{ made: Map<string, number>; accepted: Map<string, number> }> {
	const made = localMonth(suggestions.createdAt);
	const answered = localMonth(suggestions.answeredAt);
	const [madeRows, acceptedRows] = await Promise.all([
		db
			.select({ month: made, n: sql<number>`count(*)::int` })
			.from(suggestions)
			.where(and(eq(suggestions.tenantId, tenantId), inRange(suggestions.createdAt, range)))
			.groupBy(made),
		db
			.select({ month: answered, n: sql<number>`count(*)::int` })
			.from(suggestions)
			.where(and(eq(suggestions.tenantId, tenantId), eq(suggestions.status, 'accepted'), isNotNull(suggestions.answeredAt), inRange(suggestions.answeredAt, range)))
			.groupBy(answered)
	]);
	return { made: new Map(madeRows.map((r) => [r.month, r.n])), accepted: new Map(acceptedRows.map((r) => [r.month, r.n])) };
}

const demandIn = (tenantId: string, range: DateRange) => and(eq(searchDemand.tenantId, tenantId), dayInRange(searchDemand.day, range));

/** Searches in the period that found nothing. */
export async function countSearchesWithoutResults(db: Db, tenantId: string, range: DateRange): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`coalesce(sum(${searchDemand.count}), 0)::int` })
		.from(searchDemand)
		.where(demandIn(tenantId, range));
	return row.n;
}

export interface DemandWords {
	words: string;
	searches: number;
	/** On how many days someone searched for it: once by one person, or again and again. */
	days: number;
}

/** The words searched most often without a result, whatever filters came with them. */
export async function demandByWords(db: Db, tenantId: string, range: DateRange, limit: number): Promise<DemandWords[]> {
	const searches = sql<number>`sum(${searchDemand.count})::int`;
	return db
		.select({ words: searchDemand.words, searches, days: sql<number>`count(distinct ${searchDemand.day})::int` })
		.from(searchDemand)
		.where(and(demandIn(tenantId, range), ne(searchDemand.words, '')))
		.groupBy(searchDemand.words)
		.orderBy(desc(searches), asc(searchDemand.words))
		.limit(limit);
}

export interface DemandFilters {
	filters: Record<string, string | string[]>;
	searches: number;
	days: number;
}

/** The combinations of filters searched most often without a result, whatever words came with them. */
export async function demandByFilters(db: Db, tenantId: string, range: DateRange, limit: number): Promise<DemandFilters[]> {
	const searches = sql<number>`sum(${searchDemand.count})::int`;
	return db
		.select({ filters: searchDemand.filters, searches, days: sql<number>`count(distinct ${searchDemand.day})::int` })
		.from(searchDemand)
		.where(and(demandIn(tenantId, range), sql`${searchDemand.filters} <> '{}'::jsonb`))
		.groupBy(searchDemand.filters)
		.orderBy(desc(searches), asc(sql`${searchDemand.filters}::text`))
		.limit(limit);
}

/** Names of fields of activity and districts by id and by slug (`category:<id>`, `district:<slug>`), for filters that name them either way. */
export async function filterNames(db: Db, tenantId: string, locale: 'de' | 'en', values: string[]): Promise<Map<string, string>> {
	const names = new Map<string, string>();
	if (!values.length) return names;
	const ids = values.filter(isId);
	const [fields, districts] = await Promise.all([
		db
			.select({ id: categoriesTable.id, slug: categoriesTable.slug, nameDe: categoriesTable.nameDe, nameEn: categoriesTable.nameEn })
			.from(categoriesTable)
			.where(and(eq(categoriesTable.tenantId, tenantId), or(inArray(categoriesTable.slug, values), ids.length ? inArray(categoriesTable.id, ids) : undefined))),
		db
			.select({ id: districtsTable.id, slug: districtsTable.slug, name: districtsTable.name })
			.from(districtsTable)
			.where(and(eq(districtsTable.tenantId, tenantId), or(inArray(districtsTable.slug, values), ids.length ? inArray(districtsTable.id, ids) : undefined)))
	]);
	for (const f of fields) for (const key of [`category:${f.id}`, `category:${f.slug}`]) names.set(key, locale === 'en' ? f.nameEn : f.nameDe);
	for (const d of districts) for (const key of [`district:${d.id}`, `district:${d.slug}`]) names.set(key, d.name);
	return names;
}
