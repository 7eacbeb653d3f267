import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { containsPattern, searchWords } from '$lib/server/core/search';
import { organisations } from '$lib/server/core/organisations/schema';
import { categoriesTable, districtsTable, placesTable } from '$lib/server/modules/directory';
import { engagementSettings, opportunities, opportunityFields, opportunityPlaces } from '../schema';
import type { Commitment } from '../vocabulary';
import type { TReachFilters } from './filters';

/** A published opportunity as a feed or a widget shows it. */
export interface ReachItem {
	id: string;
	title: string;
	tasks: string;
	commitment: Commitment;
	online: boolean;
	organisation: string;
	publishedAt: Date;
	updatedAt: Date;
	/** District names of its places (or the places' towns where they lie in none), A–Z. */
	districts: string[];
	/** German and English names of its fields of activity. */
	fields: { de: string; en: string }[];
}

/** What the filters ask of an opportunity, as conditions on `engagement_opportunities`. */
function conditions(tenantId: string, filters: TReachFilters): SQL[] {
	const where: SQL[] = [eq(opportunities.tenantId, tenantId), eq(opportunities.status, 'published'), eq(organisations.status, 'published')];
	// A simple match: every word must occur in the title or the tasks (the trigram index serves it).
	for (const word of searchWords(filters.q)) where.push(sql`${opportunities.searchWords} like ${containsPattern(word)}`);
	if (filters.commitment.length) where.push(inArray(opportunities.commitment, filters.commitment));
	if (filters.target_group.length) where.push(sql`${opportunities.targetGroups} && ${sql.param(filters.target_group)}::text[]`);
	if (filters.online) where.push(eq(opportunities.online, true));
	if (filters.category.length) {
		where.push(sql`exists (select 1 from ${opportunityFields} f join ${categoriesTable} c on c.tenant_id = f.tenant_id and c.id = f.category_id
			where f.tenant_id = ${opportunities.tenantId} and f.opportunity_id = ${opportunities.id} and (c.slug in ${filters.category} or c.id::text in ${filters.category}))`);
	}
	if (filters.district.length) {
		where.push(sql`exists (select 1 from ${opportunityPlaces} op join ${placesTable} p on p.tenant_id = op.tenant_id and p.id = op.place_id
			join ${districtsTable} d on d.tenant_id = p.tenant_id and d.id = p.district_id
			where op.tenant_id = ${opportunities.tenantId} and op.opportunity_id = ${opportunities.id} and (d.slug in ${filters.district} or d.id::text in ${filters.district}))`);
	}
	return where;
}

/** The newest published opportunities the filters select, newest first. */
export async function newestOpportunities(db: Db, tenantId: string, filters: TReachFilters, limit: number): Promise<ReachItem[]> {
	const rows = await db
		.select({
			id: opportunities.id,
			title: opportunities.title,
			tasks: opportunities.tasks,
			commitment: opportunities.commitment,
			online: opportunities.online,
			organisation: organisations.name,
			publishedAt: opportunities.publishedAt,
			updatedAt: opportunities.updatedAt
		})
		.from(opportunities)
		.innerJoin(organisations, and(eq(organisations.tenantId, opportunities.tenantId), eq(organisations.id, opportunities.organisationId)))
		.where(and(...conditions(tenantId, filters)))
		.orderBy(desc(sql`coalesce(${opportunities.publishedAt}, ${opportunities.createdAt})`), asc(opportunities.id))
		.limit(limit);
	if (!rows.length) return [];
	const ids = rows.map((r) => r.id);
	const [wheres, fields] = await Promise.all([
		db
			.selectDistinct({ opportunityId: opportunityPlaces.opportunityId, name: sql<string>`coalesce(${districtsTable.name}, nullif(${placesTable.city}, ''), ${placesTable.name})` })
			.from(opportunityPlaces)
			.innerJoin(placesTable, and(eq(placesTable.tenantId, opportunityPlaces.tenantId), eq(placesTable.id, opportunityPlaces.placeId)))
			.leftJoin(districtsTable, and(eq(districtsTable.tenantId, placesTable.tenantId), eq(districtsTable.id, placesTable.districtId)))
			.where(and(eq(opportunityPlaces.tenantId, tenantId), inArray(opportunityPlaces.opportunityId, ids))),
		db
			.select({ opportunityId: opportunityFields.opportunityId, de: categoriesTable.nameDe, en: categoriesTable.nameEn })
			.from(opportunityFields)
			.innerJoin(categoriesTable, and(eq(categoriesTable.tenantId, opportunityFields.tenantId), eq(categoriesTable.id, opportunityFields.categoryId)))
			.where(and(eq(opportunityFields.tenantId, tenantId), inArray(opportunityFields.opportunityId, ids)))
			.orderBy(asc(categoriesTable.position), asc(categoriesTable.nameDe))
	]);
	return rows.map((r) => ({
		...r,
		publishedAt: r.publishedAt ?? r.updatedAt,
		districts: wheres
			.filter((w) => w.opportunityId === r.id)
			.map((w) => w.name)
			.sort((a, b) => a.localeCompare(b, 'de')),
		fields: fields.filter((f) => f.opportunityId === r.id).map(({ de, en }) => ({ de, en }))
	}));
}

/** The host names whose pages may embed the widget; none without a settings row. */
export async function embedHostsOf(db: Db, tenantId: string): Promise<string[]> {
	const [row] = await db.select({ hosts: engagementSettings.embedHosts }).from(engagementSettings).where(eq(engagementSettings.tenantId, tenantId));
	return row?.hosts ?? [];
}
