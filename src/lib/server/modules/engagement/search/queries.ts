import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import type { Tenant } from '$lib/server/core/tenants';
import { tenants } from '$lib/server/core/tenants/schema';
import { organisations } from '$lib/server/core/organisations/schema';
import { fold, foldSql, planSearch, searchSql, Vocabulary, type SearchColumn } from '$lib/server/core/search';
import { categoriesTable, directoryVersion, districtsTable, geocodeAddressesTable, placesTable } from '$lib/server/modules/directory';
import { opportunities, opportunityFields, opportunityPlaces, searchDemand } from '../schema';
import type { Commitment, OpportunityDate, WelcomeGroup } from '../vocabulary';
import type { SearchFilter, TOpportunitySearch } from './contracts';

/*
 * The Freiwilligenbörse's search in SQL. Every fragment names the opportunity `o`; the tables of
 * the directory (places, fields of activity, districts) are read, never written.
 */

/** Whose opportunities a search shows: the tenant's own, and a district's (Kreis) its member municipalities' too. */
export interface SearchScope {
	tenantId: string;
	/** Every tenant searched, the searching one first, with its name for the "in <town>" mark. */
	tenants: { id: string; name: string; slug: string }[];
}

export async function searchScope(db: Db, tenant: Pick<Tenant, 'id' | 'name' | 'slug' | 'kind'>): Promise<SearchScope> {
	const own = { id: tenant.id, name: tenant.name, slug: tenant.slug };
	if (tenant.kind !== 'district') return { tenantId: tenant.id, tenants: [own] };
	const { rows } = (await db.execute(sql`select id, name, slug from ${tenants} where parent_id = ${tenant.id} order by name`)) as unknown as {
		rows: { id: string; name: string; slug: string }[];
	};
	return { tenantId: tenant.id, tenants: [own, ...rows] };
}

const inScope = (column: SQL, scope: SearchScope) =>
	sql`${column} in (${sql.join(
		scope.tenants.map((t) => sql`${t.id}::uuid`),
		sql`, `
	)})`;

const o = (column: string) => sql.raw(`o.${column}`);

/** The opportunities with a field of activity named like a part. */
const fieldHits = (scope: SearchScope, part: string) =>
	sql`select f_s.opportunity_id from ${opportunityFields} f_s join ${categoriesTable} c_s on c_s.tenant_id = f_s.tenant_id and c_s.id = f_s.category_id
		where ${inScope(sql`f_s.tenant_id`, scope)} and strpos(${foldSql(sql`c_s.name_de || ' ' || c_s.name_en`)}, ${part}) > 0`;

/** The opportunities at a place in a district named like a part. */
const districtHits = (scope: SearchScope, part: string) =>
	sql`select op_s.opportunity_id from ${opportunityPlaces} op_s join ${placesTable} p_s on p_s.tenant_id = op_s.tenant_id and p_s.id = op_s.place_id
		join ${districtsTable} d_s on d_s.tenant_id = p_s.tenant_id and d_s.id = p_s.district_id
		where ${inScope(sql`op_s.tenant_id`, scope)} and strpos(${foldSql(sql`d_s.name`)}, ${part}) > 0`;

/**
 * Where the Freiwilligenbörse looks for a search word, and what a hit there is worth:
 * title > tasks > field of activity > organisation > district (or town) > description.
 */
function opportunityColumns(scope: SearchScope): SearchColumn[] {
	const columns: SearchColumn[] = [
		{ weight: 30, match: (part) => sql`strpos(${o('sort_key')}, ${part}) > 0` },
		{ weight: 20, words: o('search_words') },
		{ weight: 10, match: (part) => sql`o.id in (${fieldHits(scope, part)})` },
		{
			weight: 8,
			match: (part) =>
				sql`o.organisation_id in (select og_s.id from ${organisations} og_s where og_s.tenant_id = o.tenant_id and og_s.search_words like ${`%${part.replace(/[%_\\]/g, (c) => '\\' + c)}%`})`
		},
		{ weight: 5, match: (part) => sql`o.id in (${districtHits(scope, part)})` },
		// Descriptions by full text only (whole words and word starts): a part of any word would find too much there.
		{ weight: 1, match: (part) => sql`o.search_vector @@ to_tsquery('gw_german', ${`${part}:*`})` }
	];
	if (scope.tenants.length > 1) {
		const towns = (part: string) => scope.tenants.filter((t) => fold(t.name).includes(part)).map((t) => t.id);
		columns.push({
			weight: 5,
			match: (part) => {
				const ids = towns(part);
				return ids.length
					? sql`o.tenant_id in (${sql.join(
							ids.map((id) => sql`${id}::uuid`),
							sql`, `
						)})`
					: sql`false`;
			}
		});
	}
	return columns;
}

/** The words of a scope's opportunities, fields, districts and organisations, kept per database until they change. */
const kept = new WeakMap<Db, Map<string, { version: string; words: Promise<Vocabulary> }>>();

async function vocabularyOf(db: Db, scope: SearchScope): Promise<Vocabulary> {
	const key = scope.tenants.map((t) => t.id).join(' ');
	const vocabularies = kept.get(db) ?? new Map<string, { version: string; words: Promise<Vocabulary> }>();
	kept.set(db, vocabularies);
	const { rows } = (await db.execute(
		sql`select count(*)::text || ' ' || coalesce(max(o.updated_at)::text, '') as version from ${opportunities} o where ${inScope(o('tenant_id'), scope)} and o.status = 'published'`
	)) as unknown as { rows: { version: string }[] };
	const versions = await Promise.all(scope.tenants.map((t) => directoryVersion(db, t.id)));
	const version = `${rows[0]?.version ?? ''} ${versions.join(' ')}`;
	const entry = vocabularies.get(key);
	if (entry && entry.version === version) return entry.words;
	const words = (async () => {
		const { rows: texts } = (await db.execute(sql`
			select o.title || ' ' || o.tasks as text from ${opportunities} o where ${inScope(o('tenant_id'), scope)} and o.status = 'published'
			union all select og.name from ${organisations} og where ${inScope(sql`og.tenant_id`, scope)} and og.status = 'published'
			union all select c.name_de || ' ' || c.name_en from ${categoriesTable} c where ${inScope(sql`c.tenant_id`, scope)}
			union all select d.name from ${districtsTable} d where ${inScope(sql`d.tenant_id`, scope)}`)) as unknown as { rows: { text: string }[] };
		return new Vocabulary([...texts.map((r) => r.text), ...scope.tenants.map((t) => t.name)]);
	})();
	vocabularies.set(key, { version, words });
	words.catch(() => vocabularies.get(key)?.words === words && vocabularies.delete(key));
	return words;
}

/** Where "near" is: a postcode's addresses' middle (a postcode typed wins), else the point given. */
async function nearPoint(db: Db, scope: SearchScope, search: TOpportunitySearch): Promise<{ lat: number; lng: number } | null> {
	if (search.plz) {
		const a = geocodeAddressesTable;
		const { rows } = (await db.execute(sql`select avg(a.lat) as lat, avg(a.lng) as lng from ${a} a where ${inScope(sql`a.tenant_id`, scope)} and a.postcode = ${search.plz}`)) as unknown as {
			rows: { lat: number | null; lng: number | null }[];
		};
		const [row] = rows;
		return row?.lat != null && row.lng != null ? { lat: Number(row.lat), lng: Number(row.lng) } : null;
	}
	if (!search.near) return null;
	const [lat, lng] = search.near.split(',').map(Number);
	return { lat, lng };
}

/** Kilometres from a point to an opportunity's nearest located place (haversine); null when it has none (online). */
function distanceSql(point: { lat: number; lng: number }): SQL {
	return sql`(select min(12742 * asin(sqrt(power(sin(radians(p_n.lat - ${point.lat}::float8) / 2), 2)
			+ cos(radians(${point.lat}::float8)) * cos(radians(p_n.lat)) * power(sin(radians(p_n.lng - ${point.lng}::float8) / 2), 2))))
		from ${opportunityPlaces} op_n join ${placesTable} p_n on p_n.tenant_id = op_n.tenant_id and p_n.id = op_n.place_id
		where op_n.tenant_id = o.tenant_id and op_n.opportunity_id = o.id and p_n.lat is not null and p_n.lng is not null)`;
}

/** Today in the town's time zone: "diese Woche" is the coming seven days as people there count them. */
const TODAY = sql`(now() at time zone 'Europe/Berlin')::date`;

/** A search's conditions on published opportunities, each filter's apart so facets can leave their own out. */
export interface OpportunityFilter {
	base: SQL[];
	/** The words' conditions; none without words. */
	words: SQL[];
	rank: SQL | null;
	/** Whether a search word was read as a correction of a typo. */
	fuzzy: boolean;
	filters: Partial<Record<SearchFilter, SQL>>;
	distance: SQL | null;
	/** What "near" was measured from; `district` when the postcode had no addresses and its districts stand in. */
	near: 'location' | 'postcode' | 'district' | null;
}

export async function opportunityFilter(db: Db, scope: SearchScope, search: TOpportunitySearch): Promise<OpportunityFilter> {
	const base = [
		inScope(o('tenant_id'), scope),
		sql`o.status = 'published'`,
		sql`(o.expires_at is null or o.expires_at > now())`,
		sql`exists (select 1 from ${organisations} og_p where og_p.tenant_id = o.tenant_id and og_p.id = o.organisation_id and og_p.status = 'published')`
	];
	let words: SQL[] = [];
	let rank: SQL | null = null;
	let fuzzy = false;
	if (search.q) {
		const vocabulary = await vocabularyOf(db, scope);
		const terms = planSearch(search.q, vocabulary);
		if (terms.length) {
			const planned = searchSql(opportunityColumns(scope), terms);
			words = planned.conditions;
			rank = planned.rank;
			fuzzy = terms.some((term) => term.readings.some((reading) => reading.fuzzy));
		} else words = [sql`false`];
	}
	const filters: OpportunityFilter['filters'] = {};
	if (search.category)
		filters.category = sql`exists (select 1 from ${opportunityFields} f_f join ${categoriesTable} c_f on c_f.tenant_id = f_f.tenant_id and c_f.id = f_f.category_id
			where f_f.tenant_id = o.tenant_id and f_f.opportunity_id = o.id and c_f.slug = ${search.category})`;
	if (search.district)
		filters.district = sql`exists (select 1 from ${opportunityPlaces} op_d join ${placesTable} p_d on p_d.tenant_id = op_d.tenant_id and p_d.id = op_d.place_id
			join ${districtsTable} d_d on d_d.tenant_id = p_d.tenant_id and d_d.id = p_d.district_id
			where op_d.tenant_id = o.tenant_id and op_d.opportunity_id = o.id and d_d.slug = ${search.district})`;
	if (search.commitment) filters.commitment = sql`o.commitment = ${search.commitment}`;
	if (search.target_group) filters.target_group = sql`o.target_groups @> array[${search.target_group}]::text[]`;
	if (search.online) filters.online = sql`o.online`;
	if (search.youth) filters.youth = sql`o.for_youth_14`;
	if (search.this_week)
		filters.this_week = sql`(o.commitment = 'spontaneous'
			or (o.schedule <> 0 and (o.starts_on is null or o.starts_on <= ${TODAY} + 6) and (o.ends_on is null or o.ends_on >= ${TODAY}))
			or exists (select 1 from jsonb_array_elements(o.dates) d_w where (d_w->>'date')::date between ${TODAY} and ${TODAY} + 6))`;
	const point = await nearPoint(db, scope, search);
	let near: OpportunityFilter['near'] = point ? (search.plz ? 'postcode' : 'location') : null;
	const distance = point ? distanceSql(point) : null;
	// Ortsunabhängige Angebote are within every radius: they have no distance, and need no way there.
	if (distance && search.radius_km !== undefined) filters.radius_km = sql`(o.online or ${distance} <= ${search.radius_km}::float8)`;
	if (!point && search.plz) {
		// A postcode the address table does not know: the districts of the places with that postcode stand in.
		near = 'district';
		filters.plz = sql`exists (select 1 from ${opportunityPlaces} op_z join ${placesTable} p_z on p_z.tenant_id = op_z.tenant_id and p_z.id = op_z.place_id
			where op_z.tenant_id = o.tenant_id and op_z.opportunity_id = o.id and p_z.district_id in
			(select p_y.district_id from ${placesTable} p_y where p_y.tenant_id = o.tenant_id and p_y.postcode = ${search.plz} and p_y.district_id is not null))`;
	}
	return { base, words, rank, fuzzy, filters, distance, near };
}

/** All conditions of a filter, or all but some (a facet counts with the other filters applied; `q` stands for the words). */
export const whereOf = (filter: OpportunityFilter, ...without: (SearchFilter | 'q')[]): SQL =>
	sql.join(
		[...filter.base, ...(without.includes('q') ? [] : filter.words), ...Object.entries(filter.filters).flatMap(([name, condition]) => (without.includes(name as SearchFilter) ? [] : [condition]))],
		sql` and `
	);

export interface OpportunityRow {
	id: string;
	tenantId: string;
	organisationId: string;
	organisationName: string;
	title: string;
	commitment: Commitment;
	online: boolean;
	hoursPerMonth: number | null;
	schedule: number;
	dates: OpportunityDate[];
	startsOn: string | null;
	endsOn: string | null;
	forYouth14: boolean;
	targetGroups: WelcomeGroup[];
	publishedAt: Date | null;
	distanceKm: number | null;
	total: number;
}

const rowColumns = (distance: SQL | null) => sql`o.id, o.tenant_id as "tenantId", o.organisation_id as "organisationId", og.name as "organisationName", o.title, o.commitment, o.online,
	o.hours_per_month as "hoursPerMonth", o.schedule, o.dates, o.starts_on::text as "startsOn", o.ends_on::text as "endsOn", o.for_youth_14 as "forYouth14",
	o.target_groups as "targetGroups", o.published_at as "publishedAt", ${distance ? sql`round((${distance})::numeric, 1)::float8` : sql`null::float8`} as "distanceKm"`;

/** One page of matching rows, ordered, with the number of all matches. */
export async function matchingRows(db: Db, filter: OpportunityFilter, order: SQL, limit: number, offset: number): Promise<OpportunityRow[]> {
	const { rows } = (await db.execute(sql`
		select ${rowColumns(filter.distance)}, (count(*) over ())::int as total
		from ${opportunities} o join ${organisations} og on og.tenant_id = o.tenant_id and og.id = o.organisation_id
		where ${whereOf(filter)}
		order by ${order}
		limit ${limit} offset ${offset}`)) as unknown as { rows: OpportunityRow[] };
	return rows.map((row) => ({ ...row, publishedAt: row.publishedAt === null ? null : new Date(row.publishedAt) }));
}

/** The number of matches (for a page past the last one, where the window count has no row to ride on), or of those some conditions left out would give. */
export async function countMatches(db: Db, filter: OpportunityFilter, ...without: (SearchFilter | 'q')[]): Promise<number> {
	const { rows } = (await db.execute(sql`select count(*)::int as n from ${opportunities} o where ${whereOf(filter, ...without)}`)) as unknown as { rows: { n: number }[] };
	return rows[0]?.n ?? 0;
}

export interface FacetValue {
	value: string;
	/** The label as the directory names it (fields and districts); closed lists are named by the catalogue. */
	name?: string;
	count: number;
}

export interface Facets {
	category: FacetValue[];
	district: FacetValue[];
	commitment: FacetValue[];
	target_group: FacetValue[];
	online: number;
}

type Rows<T> = { rows: T[] };

/** Counts per value of each facet, each with every other filter applied. */
export async function facetCounts(db: Db, filter: OpportunityFilter, locale: 'de' | 'en'): Promise<Facets> {
	const name = locale === 'en' ? sql.raw('c.name_en') : sql.raw('c.name_de');
	const [category, district, commitment, targetGroup, online] = await Promise.all([
		db.execute(sql`select c.slug as value, min(${name}) as name, count(distinct o.id)::int as count
			from ${opportunities} o join ${opportunityFields} f on f.tenant_id = o.tenant_id and f.opportunity_id = o.id
			join ${categoriesTable} c on c.tenant_id = f.tenant_id and c.id = f.category_id
			where ${whereOf(filter, 'category')} group by c.slug order by count desc, min(c.sort_key)`),
		db.execute(sql`select d.slug as value, min(d.name) as name, count(distinct o.id)::int as count
			from ${opportunities} o join ${opportunityPlaces} op on op.tenant_id = o.tenant_id and op.opportunity_id = o.id
			join ${placesTable} p on p.tenant_id = op.tenant_id and p.id = op.place_id
			join ${districtsTable} d on d.tenant_id = p.tenant_id and d.id = p.district_id
			where ${whereOf(filter, 'district')} group by d.slug order by min(d.sort_key)`),
		db.execute(sql`select o.commitment as value, count(*)::int as count from ${opportunities} o where ${whereOf(filter, 'commitment')} group by o.commitment`),
		db.execute(sql`select g.value, count(*)::int as count from ${opportunities} o cross join lateral unnest(o.target_groups) as g(value)
			where ${whereOf(filter, 'target_group')} group by g.value`),
		db.execute(sql`select count(*)::int as count from ${opportunities} o where ${whereOf(filter, 'online')} and o.online`)
	]);
	return {
		category: (category as unknown as Rows<FacetValue>).rows,
		district: (district as unknown as Rows<FacetValue>).rows,
		commitment: (commitment as unknown as Rows<FacetValue>).rows,
		target_group: (targetGroup as unknown as Rows<FacetValue>).rows,
		online: (online as unknown as Rows<{ count: number }>).rows[0]?.count ?? 0
	};
}

export interface ResultPlace {
	opportunityId: string;
	id: string;
	name: string;
	city: string;
	district: string | null;
	lat: number | null;
	lng: number | null;
}

/** The places and fields of the opportunities on one page. */
export async function detailsOf(db: Db, rows: Pick<OpportunityRow, 'id' | 'tenantId'>[], locale: 'de' | 'en') {
	if (!rows.length) return { places: [] as ResultPlace[], fields: [] as { opportunityId: string; slug: string; name: string }[] };
	const keys = sql.join(
		rows.map((r) => sql`(${r.tenantId}::uuid, ${r.id}::uuid)`),
		sql`, `
	);
	const name = locale === 'en' ? sql.raw('c.name_en') : sql.raw('c.name_de');
	const [places, fields] = await Promise.all([
		db.execute(sql`select op.opportunity_id as "opportunityId", p.id, p.name, p.city, d.name as district, p.lat, p.lng
			from ${opportunityPlaces} op join ${placesTable} p on p.tenant_id = op.tenant_id and p.id = op.place_id
			left join ${districtsTable} d on d.tenant_id = p.tenant_id and d.id = p.district_id
			where (op.tenant_id, op.opportunity_id) in (${keys}) order by p.sort_key`),
		db.execute(sql`select f.opportunity_id as "opportunityId", c.slug, ${name} as name
			from ${opportunityFields} f join ${categoriesTable} c on c.tenant_id = f.tenant_id and c.id = f.category_id
			where (f.tenant_id, f.opportunity_id) in (${keys}) order by c.position, c.sort_key`)
	]);
	return {
		places: (places as unknown as Rows<ResultPlace>).rows,
		fields: (fields as unknown as Rows<{ opportunityId: string; slug: string; name: string }>).rows
	};
}

/** One published opportunity of the scope by id, as a row of a result list. */
export async function publishedRow(db: Db, scope: SearchScope, id: string): Promise<OpportunityRow | null> {
	const filter: OpportunityFilter = { ...(await opportunityFilter(db, scope, {})), words: [sql`o.id = ${id}::uuid`] };
	const [row] = await matchingRows(db, filter, sql`o.id`, 1, 0);
	return row ?? null;
}

/** Counts a search that found nothing, by its words and filters, once more for the day; nobody's name or address is kept. */
export async function recordDemand(db: Db, tenantId: string, words: string, filters: Record<string, string>): Promise<void> {
	await db.execute(sql`insert into ${searchDemand} (tenant_id, day, words, filters, count) values (${tenantId}, ${TODAY}, ${words}, ${JSON.stringify(filters)}::jsonb, 1)
		on conflict (tenant_id, day, words, filters) do update set count = engagement_search_demand.count + 1`);
}
