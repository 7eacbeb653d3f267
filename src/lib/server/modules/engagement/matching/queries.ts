import { and, asc, avg, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { geocodeAddressesTable, categoriesTable, districtsTable, placesTable } from '$lib/server/modules/directory';
import { organisations } from '../../../core/organisations/schema';
import { opportunities, opportunityFields, opportunityPlaces, volunteerProfiles } from '../schema';
import { excludes, WEIGHTS, type MatchCandidate, type MatchProfile, type Point } from './score';

export type VolunteerProfile = typeof volunteerProfiles.$inferSelect;

/** The most opportunities one "Passt zu mir" scores: the best of the pre-filter's rough order. */
export const CANDIDATE_LIMIT = 400;

export async function findProfile(db: Db, tenantId: string, accountId: string): Promise<VolunteerProfile | null> {
	const [row] = await db
		.select()
		.from(volunteerProfiles)
		.where(and(eq(volunteerProfiles.tenantId, tenantId), eq(volunteerProfiles.accountId, accountId)));
	return row ?? null;
}

export async function hasProfile(db: Db, tenantId: string, accountId: string): Promise<boolean> {
	const [row] = await db
		.select({ one: sql<number>`1` })
		.from(volunteerProfiles)
		.where(and(eq(volunteerProfiles.tenantId, tenantId), eq(volunteerProfiles.accountId, accountId)));
	return !!row;
}

/** Of the given ids, those that are the town's own rows of the table (a form may send anything). */
export async function knownIds(db: Db, tenantId: string, table: 'categories' | 'districts', ids: readonly string[]): Promise<string[]> {
	if (!ids.length) return [];
	const t = table === 'categories' ? categoriesTable : districtsTable;
	const rows = await db
		.select({ id: t.id })
		.from(t)
		.where(and(eq(t.tenantId, tenantId), inArray(t.id, [...ids])));
	const found = new Set(rows.map((r) => r.id));
	return ids.filter((id) => found.has(id));
}

/**
 * Where a postcode is: the middle of its addresses in the town's address table, else of the town's
 * located places with that postcode; null when neither knows it.
 */
export async function postcodePosition(db: Db, tenantId: string, postcode: string): Promise<Point | null> {
	if (!postcode) return null;
	const a = geocodeAddressesTable;
	const [address] = await db
		.select({ lat: avg(a.lat), lng: avg(a.lng) })
		.from(a)
		.where(and(eq(a.tenantId, tenantId), eq(a.postcode, postcode)));
	if (address?.lat != null && address.lng != null) return { lat: Number(address.lat), lng: Number(address.lng) };
	const p = placesTable;
	const [place] = await db
		.select({ lat: avg(p.lat), lng: avg(p.lng) })
		.from(p)
		.where(and(eq(p.tenantId, tenantId), eq(p.postcode, postcode), sql`${p.lat} is not null and ${p.lng} is not null`));
	return place?.lat != null && place.lng != null ? { lat: Number(place.lat), lng: Number(place.lng) } : null;
}

const uuidArray = (ids: readonly string[]) =>
	sql`array[${sql.join(
		ids.map((id) => sql`${id}`),
		sql`, `
	)}]::uuid[]`;
const textArray = (values: readonly string[]) =>
	sql`array[${sql.join(
		values.map((v) => sql`${v}`),
		sql`, `
	)}]::text[]`;

// Inside subqueries the opportunity's columns must name their table.
const oTenant = sql.raw('"engagement_opportunities"."tenant_id"');
const oId = sql.raw('"engagement_opportunities"."id"');

/** The opportunity has a place that passes the condition on `p_m` (the directory's places). */
const hasPlace = (condition: SQL) =>
	sql`exists (select 1 from ${opportunityPlaces} op_m join ${placesTable} p_m on p_m.tenant_id = op_m.tenant_id and p_m.id = op_m.place_id
		where op_m.tenant_id = ${oTenant} and op_m.opportunity_id = ${oId} and ${condition})`;

/**
 * The SQL pre-filter: what a profile could match at all, each signal with its criterion's weight, so
 * the database orders the candidates roughly and only the best `CANDIDATE_LIMIT` are scored exactly.
 * A radius is a box of its size around the home: the exact distance is measured afterwards.
 */
function signalsOf(profile: MatchProfile): { signal: SQL; weight: number }[] {
	const o = opportunities;
	const signals: { signal: SQL; weight: number }[] = [];
	if (profile.interests.length)
		signals.push({
			signal: sql`exists (select 1 from ${opportunityFields} of_m where of_m.tenant_id = ${oTenant} and of_m.opportunity_id = ${oId} and of_m.category_id = any(${uuidArray(profile.interests)}))`,
			weight: WEIGHTS.interests
		});
	if (profile.availability) signals.push({ signal: sql`((${o.schedule} & ${profile.availability}) <> 0 or (${o.schedule} = 0 and jsonb_array_length(${o.dates}) > 0))`, weight: WEIGHTS.time });
	if (profile.home || profile.districts.length) {
		const where: SQL[] = [sql`${o.online}`];
		if (profile.home) {
			const dLat = profile.travelRadiusKm / 111.2;
			const dLng = dLat / Math.max(0.1, Math.cos((profile.home.lat * Math.PI) / 180));
			where.push(hasPlace(sql`p_m.lat between ${profile.home.lat - dLat} and ${profile.home.lat + dLat} and p_m.lng between ${profile.home.lng - dLng} and ${profile.home.lng + dLng}`));
		}
		if (profile.districts.length) where.push(hasPlace(sql`p_m.district_id = any(${uuidArray(profile.districts)})`));
		signals.push({ signal: sql`(${sql.join(where, sql` or `)})`, weight: WEIGHTS.place });
	}
	if (profile.lookingFor !== 'both') signals.push({ signal: sql`${o.commitment} in (${sql.join(commitmentsFor(profile.lookingFor), sql`, `)})`, weight: WEIGHTS.commitment });
	if (profile.languages.length) signals.push({ signal: sql`${o.languages} && ${textArray(profile.languages)}`, weight: WEIGHTS.languages });
	if (profile.skills.length)
		signals.push({
			signal: sql`exists (select 1 from unnest(${o.skills}) s_m where lower(s_m) = any(${textArray(profile.skills.map((s) => s.toLocaleLowerCase('de')))}))`,
			weight: WEIGHTS.skills
		});
	if (profile.ageBand === 'under_18') signals.push({ signal: sql`${o.forYouth14}`, weight: WEIGHTS.age });
	if (profile.ageBand === '65_plus') signals.push({ signal: sql`'seniors' = any(${o.targetGroups})`, weight: WEIGHTS.age });
	return signals;
}

const commitmentsFor = (lookingFor: 'once' | 'regular') => (lookingFor === 'once' ? ['once', 'spontaneous', 'project'] : ['regular', 'project']).map((c) => sql`${c}`);

export type Candidate = MatchCandidate & { id: string; title: string; organisationId: string; organisation: string; districts: string[] };

/** The town's published opportunities the profile could match, with what scoring needs. */
export async function matchCandidates(db: Db, tenantId: string, profile: MatchProfile, limit = CANDIDATE_LIMIT): Promise<Candidate[]> {
	const signals = signalsOf(profile);
	if (!signals.length) return [];
	const o = opportunities;
	const conditions: SQL[] = [
		eq(o.tenantId, tenantId),
		eq(o.status, 'published'),
		sql`(${o.expiresAt} is null or ${o.expiresAt} > now())`,
		sql`(${sql.join(
			signals.map((s) => s.signal),
			sql` or `
		)})`
	];
	// The one thing a profile rules out; the pure rule in score.ts says the same.
	if (excludes(profile, { minAge: 18 })) conditions.push(sql`(${o.minAge} is null or ${o.minAge} < 18)`);
	const rough = sql.join(
		signals.map((s) => sql`(case when ${s.signal} then ${s.weight} else 0 end)`),
		sql` + `
	);
	const rows = await db
		.select({
			id: o.id,
			title: o.title,
			organisationId: o.organisationId,
			organisation: organisations.name,
			commitment: o.commitment,
			schedule: o.schedule,
			dates: o.dates,
			minAge: o.minAge,
			forYouth14: o.forYouth14,
			targetGroups: o.targetGroups,
			languages: o.languages,
			skills: o.skills,
			online: o.online
		})
		.from(o)
		.innerJoin(organisations, and(eq(organisations.tenantId, o.tenantId), eq(organisations.id, o.organisationId)))
		.where(and(...conditions))
		.orderBy(sql`${rough} desc`, sql`${o.publishedAt} desc nulls last`, asc(o.sortKey))
		.limit(limit);
	if (!rows.length) return [];
	const ids = rows.map((r) => r.id);
	const c = categoriesTable;
	const p = placesTable;
	const d = districtsTable;
	const [fields, places] = await Promise.all([
		db
			.select({ opportunityId: opportunityFields.opportunityId, id: c.id, de: c.nameDe, en: c.nameEn })
			.from(opportunityFields)
			.innerJoin(c, and(eq(c.tenantId, opportunityFields.tenantId), eq(c.id, opportunityFields.categoryId)))
			.where(and(eq(opportunityFields.tenantId, tenantId), inArray(opportunityFields.opportunityId, ids)))
			.orderBy(asc(c.position), asc(c.sortKey)),
		db
			.select({ opportunityId: opportunityPlaces.opportunityId, lat: p.lat, lng: p.lng, districtId: p.districtId, districtName: d.name })
			.from(opportunityPlaces)
			.innerJoin(p, and(eq(p.tenantId, opportunityPlaces.tenantId), eq(p.id, opportunityPlaces.placeId)))
			.leftJoin(d, and(eq(d.tenantId, p.tenantId), eq(d.id, p.districtId)))
			.where(and(eq(opportunityPlaces.tenantId, tenantId), inArray(opportunityPlaces.opportunityId, ids)))
			.orderBy(asc(p.sortKey))
	]);
	return rows.map((row) => {
		const own = places.filter((pl) => pl.opportunityId === row.id);
		return {
			...row,
			fields: fields.filter((f) => f.opportunityId === row.id).map(({ id, de, en }) => ({ id, de, en })),
			places: own.map(({ lat, lng, districtId, districtName }) => ({ lat, lng, districtId, districtName })),
			districts: [...new Set(own.map((pl) => pl.districtName).filter((n): n is string => !!n))]
		};
	});
}
