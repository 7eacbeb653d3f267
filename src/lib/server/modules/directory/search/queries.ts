import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { categories, districts, geocodeAddresses, organisationCategories, places } from '../schema';
import { organisations } from '../../../core/organisations/schema';
import type { TDirectoryQuery } from '../contracts';
import type { Organisation } from '$lib/server/core/organisations/queries';
import { pageOf, pageWindow, type Page } from '$lib/server/core/pagination';
import { containsPattern, foldSql, planSearch, searchSql, Vocabulary, wordsOf, type SearchColumn, type SearchHits } from '$lib/server/core/search';
import { translate } from '$lib/i18n';
import { organisationKinds, type OrganisationKind } from '../vocabulary';
import { directoryVersion } from '../places/places-geojson';

/** A profile not confirmed for this long shows "nicht aktuell bestätigt" (after a reminder). */
export const STALE_AFTER_MONTHS = 12;

export type Place = typeof places.$inferSelect;
export type Category = typeof categories.$inferSelect;
export type District = typeof districts.$inferSelect;

export async function listCategories(db: Db, tenantId: string): Promise<Category[]> {
	return db.select().from(categories).where(eq(categories.tenantId, tenantId)).orderBy(asc(categories.position), asc(categories.sortKey));
}

export async function listDistricts(db: Db, tenantId: string): Promise<District[]> {
	return db.select().from(districts).where(eq(districts.tenantId, tenantId)).orderBy(asc(districts.sortKey));
}

/** The town's districts without their outlines: for filters and labels, where the polygons would only be weight. */
export async function listDistrictNames(db: Db, tenantId: string): Promise<Pick<District, 'id' | 'slug' | 'name'>[]> {
	return db.select({ id: districts.id, slug: districts.slug, name: districts.name }).from(districts).where(eq(districts.tenantId, tenantId)).orderBy(asc(districts.sortKey));
}

/** The organisations with a field of activity named like a part. */
const fieldHits = (tenantId: string, part: string) =>
	sql`select oc_s.organisation_id from ${organisationCategories} oc_s join ${categories} c_s on c_s.tenant_id = oc_s.tenant_id and c_s.id = oc_s.category_id
		where oc_s.tenant_id = ${tenantId} and strpos(${foldSql(sql`c_s.name_de || ' ' || c_s.name_en`)}, ${part}) > 0`;

/** The organisations with a place in a district named like a part. */
const districtHits = (tenantId: string, part: string) =>
	sql`select p_s.organisation_id from ${places} p_s join ${districts} d_s on d_s.tenant_id = p_s.tenant_id and d_s.id = p_s.district_id
		where p_s.tenant_id = ${tenantId} and strpos(${foldSql(sql`d_s.name`)}, ${part}) > 0`;

/** The kinds whose names contain a part. */
const kindsOf = (part: string) => organisationKinds.filter((kind) => kindWords(kind).some((word) => word.includes(part)));

// Descriptions by full text only (whole words and word starts): a part of any word would find too much there.
const descriptionQuery = (part: string) => sql`to_tsquery('gw_german', ${`${part}:*`})`;

/** Where the directory looks for a search word, and what a hit there is worth: name > field > district > kind > description. */
function directoryColumns(tenantId: string): SearchColumn[] {
	const o = organisations;
	return [
		{ weight: 30, words: o.searchWords },
		{ weight: 10, match: (part) => sql`${o.id} in (${fieldHits(tenantId, part)})` },
		{ weight: 5, match: (part) => sql`${o.id} in (${districtHits(tenantId, part)})` },
		{
			weight: 3,
			match: (part) => {
				const kinds = kindsOf(part);
				return kinds.length ? inArray(o.kind, kinds) : sql`false`;
			}
		},
		{ weight: 1, match: (part) => sql`${o.searchVector} @@ (select ${descriptionQuery(part)})` }
	];
}

/**
 * The organisations a part hits in any of the columns above, each by its index: the name's words
 * (trigram index; LIKE finds what strpos does), the description (full-text index), fields and districts.
 */
function directoryHits(tenantId: string, vocabulary: Vocabulary): SearchHits {
	return {
		id: organisations.id,
		// A kind is a large share of all organisations.
		share: (part) => (kindsOf(part).length ? 1 : vocabulary.share(part)),
		hits: (part) => {
			const kinds = kindsOf(part);
			return sql`select o_h.id from ${organisations} o_h where o_h.tenant_id = ${tenantId}
					and (o_h.search_words like ${containsPattern(part)} or o_h.search_vector @@ ${descriptionQuery(part)})
				union all ${fieldHits(tenantId, part)}
				union all ${districtHits(tenantId, part)}${
					kinds.length
						? sql` union all select o_k.id from ${organisations} o_k where o_k.tenant_id = ${tenantId} and o_k.kind in (${sql.join(
								kinds.map((kind) => sql`${kind}`),
								sql`, `
							)})`
						: sql``
				}`;
		}
	};
}

/** A kind as people name it: its German and English label and its key ("club"). */
const kindWords = (kind: OrganisationKind) => [...wordsOf(translate('de', `kind.${kind}`)), ...wordsOf(translate('en', `kind.${kind}`)), ...wordsOf(kind)];

/** The words of a town's directory per database, kept until the directory's version moves. */
const kept = new WeakMap<Db, Map<string, { version: number; words: Promise<Vocabulary> }>>();

async function vocabularyOf(db: Db, tenantId: string): Promise<Vocabulary> {
	const vocabularies = kept.get(db) ?? new Map<string, { version: number; words: Promise<Vocabulary> }>();
	kept.set(db, vocabularies);
	const version = await directoryVersion(db, tenantId);
	const entry = vocabularies.get(tenantId);
	if (entry && entry.version === version) return entry.words;
	const words = (async () => {
		const o = organisations;
		const [orgs, fields, areas] = await Promise.all([
			db
				.select({ name: o.name, shortName: o.shortName, description: o.description })
				.from(o)
				.where(and(eq(o.tenantId, tenantId), eq(o.status, 'published'))),
			db.select({ de: categories.nameDe, en: categories.nameEn }).from(categories).where(eq(categories.tenantId, tenantId)),
			db.select({ name: districts.name }).from(districts).where(eq(districts.tenantId, tenantId))
		]);
		return new Vocabulary([...orgs.flatMap((r) => [r.name, r.shortName, r.description]), ...fields.flatMap((r) => [r.de, r.en]), ...areas.map((r) => r.name), ...organisationKinds.flatMap(kindWords)]);
	})();
	vocabularies.set(tenantId, { version, words });
	words.catch(() => vocabularies.get(tenantId)?.words === words && vocabularies.delete(tenantId));
	return words;
}

/** A directory filter: its conditions on published organisations, and with a search text the rank of each match. */
export interface DirectoryFilter {
	conditions: SQL[];
	rank: SQL | null;
	/** Whether a search word was read as a correction of a typo. */
	fuzzy: boolean;
	/** "In meiner Nähe": the metres from the point to an organisation's nearest place (null without located places). */
	distance: SQL | null;
	/** What "near" was measured from; `district` when the postcode had no addresses and its districts stand in. */
	near: 'location' | 'postcode' | 'district' | null;
}

/**
 * Metres from a point to an organisation's nearest located place. Flat-earth (equirectangular)
 * distance: within a town it is off by far less than a street's width.
 */
function distanceSql(tenantId: string, point: { lat: number; lng: number }): SQL {
	const o = organisations;
	const cos = Math.cos((point.lat * Math.PI) / 180);
	return sql`(select min(6371000 * sqrt(power(radians(p_n.lat - ${point.lat}), 2) + power(radians(p_n.lng - ${point.lng}) * ${cos}, 2)))
		from ${places} p_n where p_n.tenant_id = ${tenantId} and p_n.organisation_id = ${o.id} and p_n.lat is not null and p_n.lng is not null)`;
}

/** Where "near" is: the middle of the postcode's addresses in the address table (a postcode typed wins), else the browser's location. */
async function nearPoint(db: Db, tenantId: string, query: TDirectoryQuery): Promise<{ lat: number; lng: number } | null> {
	if (query.plz) {
		const [row] = await db
			.select({ lat: sql<number | null>`avg(${geocodeAddresses.lat})`, lng: sql<number | null>`avg(${geocodeAddresses.lng})` })
			.from(geocodeAddresses)
			.where(and(eq(geocodeAddresses.tenantId, tenantId), eq(geocodeAddresses.postcode, query.plz)));
		return row?.lat != null && row.lng != null ? { lat: Number(row.lat), lng: Number(row.lng) } : null;
	}
	if (!query.nahe) return null;
	const [lat, lng] = query.nahe.split(',').map(Number);
	return { lat, lng };
}

/**
 * The conditions a directory filter puts on published organisations; shared by the list, the map
 * and the exports. Search words are planned against the town's words (compounds split, typos
 * corrected); each must hit the name, a field of activity, a district, the kind or the description.
 */
export async function directoryFilter(db: Db, tenantId: string, query: TDirectoryQuery): Promise<DirectoryFilter> {
	const o = organisations;
	const conditions: SQL[] = [eq(o.tenantId, tenantId), eq(o.status, 'published')];
	let rank: SQL | null = null;
	let fuzzy = false;
	const vocabulary = query.q ? await vocabularyOf(db, tenantId) : null;
	const terms = query.q && vocabulary ? planSearch(query.q, vocabulary) : [];
	if (terms.length && vocabulary) {
		const search = searchSql(directoryColumns(tenantId), terms, directoryHits(tenantId, vocabulary));
		conditions.push(...search.conditions);
		rank = search.rank;
		fuzzy = terms.some((term) => term.readings.some((reading) => reading.fuzzy));
	} else if (query.q) conditions.push(sql`false`);
	if (query.art) conditions.push(eq(o.kind, query.art));
	// Slugs are resolved once (an InitPlan), then the ids of the organisations come from the link's index.
	if (query.feld)
		conditions.push(
			sql`${o.id} in (select oc_f.organisation_id from ${organisationCategories} oc_f where oc_f.tenant_id = ${tenantId}
				and oc_f.category_id = (select c_f.id from ${categories} c_f where c_f.tenant_id = ${tenantId} and c_f.slug = ${query.feld}))`
		);
	if (query.stadtteil)
		conditions.push(
			sql`${o.id} in (select p_d.organisation_id from ${places} p_d where p_d.tenant_id = ${tenantId}
				and p_d.district_id = (select d_d.id from ${districts} d_d where d_d.tenant_id = ${tenantId} and d_d.slug = ${query.stadtteil}))`
		);
	if (query.zielgruppe) conditions.push(sql`${o.targetGroups} @> array[${query.zielgruppe}]::text[]`);
	if (query.sprache) conditions.push(sql`${o.languages} @> array[${query.sprache}]::text[]`);
	if (query.barrierefrei)
		conditions.push(
			sql`(${o.accessibility} @> array[${query.barrierefrei}]::text[] or exists (select 1 from ${places} p
				where p.tenant_id = ${o.tenantId} and p.organisation_id = ${o.id} and p.accessibility @> array[${query.barrierefrei}]::text[]))`
		);
	if (query.netzwerk) conditions.push(eq(o.networkMember, true));
	if (query.buchstabe) conditions.push(eq(o.initial, query.buchstabe));
	const point = await nearPoint(db, tenantId, query);
	let near: DirectoryFilter['near'] = point ? (query.plz ? 'postcode' : 'location') : null;
	// A postcode the address table does not know: the districts of the places with that postcode stand in.
	if (!point && query.plz) {
		near = 'district';
		conditions.push(
			sql`${o.id} in (select p_z.organisation_id from ${places} p_z where p_z.tenant_id = ${tenantId} and p_z.district_id in
				(select p_y.district_id from ${places} p_y where p_y.tenant_id = ${tenantId} and p_y.postcode = ${query.plz} and p_y.district_id is not null))`
		);
	}
	return { conditions, rank, fuzzy, distance: point ? distanceSql(tenantId, point) : null, near };
}

// Selected columns are rendered without their table; inside subqueries they must name it.
const orgTenantId = sql.raw('"organisations"."tenant_id"');
const orgId = sql.raw('"organisations"."id"');

export const staleSql = sql<boolean>`(${organisations.confirmedAt} < now() - make_interval(months => ${STALE_AFTER_MONTHS})
	and ${organisations.staleReminderSentAt} is not null and ${organisations.staleReminderSentAt} < now() - interval '28 days')`;

export interface DirectoryEntry {
	id: string;
	name: string;
	shortName: string;
	kind: Organisation['kind'];
	city: string;
	logoPath: string | null;
	networkMember: boolean;
	verified: boolean;
	stale: boolean;
	categorySlugs: string[];
	placeCount: number;
	/** The districts of its places, in German order. */
	districts: string[];
	/** Metres to its nearest place when searching near a point. */
	distance: number | null;
}

/** One page of the public directory: filtered, ranked by relevance when searching, else A–Z. */
export async function searchOrganisations(db: Db, tenantId: string, query: TDirectoryQuery, perPage = 20): Promise<Page<DirectoryEntry> & Pick<DirectoryFilter, 'fuzzy' | 'near'>> {
	const o = organisations;
	const filter = await directoryFilter(db, tenantId, query);
	const where = and(...filter.conditions);
	const window = pageWindow(query.seite, perPage);
	const page = window.page;
	const order = [...(filter.distance ? [sql`distance asc nulls last`] : []), ...(filter.rank ? [sql`${filter.rank} desc`] : []), asc(o.sortKey)];
	const windowed = !!(query.q || query.feld || query.stadtteil || filter.distance);
	const rows = await db
		.select({
			id: o.id,
			name: o.name,
			shortName: o.shortName,
			kind: o.kind,
			city: o.city,
			logoPath: o.logoPath,
			networkMember: o.networkMember,
			verified: o.verified,
			stale: staleSql,
			categorySlugs: sql<string[]>`coalesce((select array_agg(c.slug order by c.position) from ${organisationCategories} oc join ${categories} c
				on c.tenant_id = oc.tenant_id and c.id = oc.category_id where oc.tenant_id = ${orgTenantId} and oc.organisation_id = ${orgId}), '{}')`,
			placeCount: sql<number>`(select count(*)::int from ${places} p where p.tenant_id = ${orgTenantId} and p.organisation_id = ${orgId})`,
			districts: sql<string[]>`array(select d.name from ${districts} d where d.tenant_id = ${orgTenantId} and d.id in
				(select p.district_id from ${places} p where p.tenant_id = ${orgTenantId} and p.organisation_id = ${orgId}) order by d.sort_key)`,
			distance: filter.distance ? sql<number | null>`round(${filter.distance})::int`.as('distance') : sql<null>`null::int`,
			total: windowed ? sql<number>`(count(*) over ())::int` : sql<number>`0`
		})
		.from(o)
		.where(where)
		.orderBy(...order)
		.limit(window.limit)
		.offset(window.offset);
	const total =
		windowed && rows.length
			? rows[0].total
			: windowed && page === 1
				? 0
				: ((
						await db
							.select({ n: sql<number>`count(*)::int` })
							.from(o)
							.where(where)
					)[0]?.n ?? 0);
	return { ...pageOf(rows.map(({ total: _, ...row }) => row) as DirectoryEntry[], total, window), fuzzy: filter.fuzzy, near: filter.near };
}

/** The first letters that have published organisations, for the A–Z bar ("#" first). */
export async function directoryLetters(db: Db, tenantId: string): Promise<string[]> {
	const { rows } = (await db.execute(
		// A skip scan over organisations_initial_sort_key: one index probe per letter, not a read of every row.
		sql`with recursive letters(letter) as (
				select min(initial) from organisations where tenant_id = ${tenantId} and status = 'published'
				union all
				select (select min(initial) from organisations where tenant_id = ${tenantId} and status = 'published' and initial > letters.letter)
				from letters where letters.letter is not null
			) select letter from letters where letter is not null`
	)) as unknown as { rows: { letter: string }[] };
	const letters = rows.map((r) => r.letter);
	return [...letters.filter((l) => l === '#'), ...letters.filter((l) => l !== '#').sort()];
}

export async function organisationCategoryIds(db: Db, tenantId: string, organisationId: string): Promise<string[]> {
	const rows = await db
		.select({ id: organisationCategories.categoryId })
		.from(organisationCategories)
		.where(and(eq(organisationCategories.tenantId, tenantId), eq(organisationCategories.organisationId, organisationId)));
	return rows.map((r) => r.id);
}

export async function placesOf(db: Db, tenantId: string, organisationIds: string[]): Promise<Place[]> {
	if (!organisationIds.length) return [];
	return db
		.select()
		.from(places)
		.where(and(eq(places.tenantId, tenantId), inArray(places.organisationId, organisationIds)))
		.orderBy(asc(places.createdAt), asc(places.name));
}

export function isStale(org: Pick<Organisation, 'confirmedAt' | 'staleReminderSentAt'>, now = new Date()): boolean {
	const limit = new Date(now);
	limit.setMonth(limit.getMonth() - STALE_AFTER_MONTHS);
	const reminded = org.staleReminderSentAt && now.getTime() - org.staleReminderSentAt.getTime() > 28 * 24 * 3600 * 1000;
	return org.confirmedAt < limit && !!reminded;
}
