import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { accounts } from '../../../core/accounts/schema';
import { organisations } from '../../../core/organisations/schema';
import { categoriesTable, districtsTable } from '$lib/server/modules/directory';
import { consultations, opportunities, suggestions, volunteerProfiles } from '../schema';
import { slotsOfSchedule, type AgeBand, type LookingFor, type SuggestionStatus } from '../vocabulary';

/** Only those who ticked "Ich möchte beraten werden" with its consent, and whose account is in use. */
const asksForAdvice = (tenantId: string) =>
	and(eq(volunteerProfiles.tenantId, tenantId), eq(volunteerProfiles.wantsAdvice, true), isNotNull(volunteerProfiles.adviceConsentAt), isNull(accounts.disabledAt));

/** The answers of a volunteer's profile, with the names of fields and districts instead of their ids. */
export interface ProfileAnswers {
	interests: string[];
	skills: string[];
	languages: string[];
	/** Week grid slots ("mon-morning", …). */
	availability: string[];
	districts: string[];
	homePostcode: string;
	travelRadiusKm: number | null;
	ageBand: AgeBand | null;
	lookingFor: LookingFor;
}

export interface AdviceRequest {
	accountId: string;
	name: string;
	email: string;
	/** When the person gave the consent. */
	since: Date;
	profile: ProfileAnswers;
	consultations: number;
	lastConsultedOn: string | null;
	openSuggestions: number;
}

type ProfileRow = typeof volunteerProfiles.$inferSelect;

/** Names the fields of activity and districts the profiles refer to, in the page's language; ids no longer known are left out. */
async function answersOf(db: Db, tenantId: string, rows: ProfileRow[], locale: 'de' | 'en'): Promise<ProfileAnswers[]> {
	const fieldIds = [...new Set(rows.flatMap((r) => r.interests))];
	const districtIds = [...new Set(rows.flatMap((r) => r.districts))];
	const [fields, districts] = await Promise.all([
		fieldIds.length
			? db
					.select({ id: categoriesTable.id, nameDe: categoriesTable.nameDe, nameEn: categoriesTable.nameEn })
					.from(categoriesTable)
					.where(and(eq(categoriesTable.tenantId, tenantId), inArray(categoriesTable.id, fieldIds)))
			: [],
		districtIds.length
			? db
					.select({ id: districtsTable.id, name: districtsTable.name })
					.from(districtsTable)
					.where(and(eq(districtsTable.tenantId, tenantId), inArray(districtsTable.id, districtIds)))
			: []
	]);
	const fieldName = new Map(fields.map((f) => [f.id, locale === 'en' ? f.nameEn : f.nameDe]));
	const districtName = new Map(districts.map((d) => [d.id, d.name]));
	const known = (ids: string[], names: Map<string, string>) => ids.flatMap((id) => (names.has(id) ? [names.get(id)!] : []));
	return rows.map((r) => ({
		interests: known(r.interests, fieldName),
		skills: r.skills,
		languages: r.languages,
		availability: slotsOfSchedule(r.availability),
		districts: known(r.districts, districtName),
		homePostcode: r.homePostcode,
		travelRadiusKm: r.travelRadiusKm,
		ageBand: r.ageBand,
		lookingFor: r.lookingFor
	}));
}

/** Everyone who asked for advice, who waited longest first, with their answers and what the office did so far. */
export async function adviceRequests(db: Db, tenantId: string, locale: 'de' | 'en', accountId?: string): Promise<AdviceRequest[]> {
	const consulted = db
		.select({ accountId: consultations.accountId, n: sql<number>`count(*)::int`.as('n'), last: sql<string>`max(${consultations.heldOn})::text`.as('last') })
		.from(consultations)
		.where(eq(consultations.tenantId, tenantId))
		.groupBy(consultations.accountId)
		.as('consulted');
	const open = db
		.select({ accountId: suggestions.accountId, n: sql<number>`count(*)::int`.as('open_n') })
		.from(suggestions)
		.where(and(eq(suggestions.tenantId, tenantId), eq(suggestions.status, 'open')))
		.groupBy(suggestions.accountId)
		.as('open_suggestions');
	const rows = await db
		.select({ profile: volunteerProfiles, name: accounts.displayName, email: accounts.email, consultations: consulted.n, last: consulted.last, open: open.n })
		.from(volunteerProfiles)
		.innerJoin(accounts, and(eq(accounts.tenantId, volunteerProfiles.tenantId), eq(accounts.id, volunteerProfiles.accountId)))
		.leftJoin(consulted, eq(consulted.accountId, volunteerProfiles.accountId))
		.leftJoin(open, eq(open.accountId, volunteerProfiles.accountId))
		.where(and(asksForAdvice(tenantId), accountId ? eq(volunteerProfiles.accountId, accountId) : undefined))
		.orderBy(asc(volunteerProfiles.adviceConsentAt), asc(accounts.displayName));
	const answers = await answersOf(
		db,
		tenantId,
		rows.map((r) => r.profile),
		locale
	);
	return rows.map((r, i) => ({
		accountId: r.profile.accountId,
		name: r.name,
		email: r.email,
		since: r.profile.adviceConsentAt!,
		profile: answers[i],
		consultations: r.consultations ?? 0,
		lastConsultedOn: r.last ?? null,
		openSuggestions: r.open ?? 0
	}));
}

export interface ConsultationEntry {
	id: string;
	heldOn: string;
	topic: string;
	note: string;
	author: string | null;
}

export async function consultationsOf(db: Db, tenantId: string, accountId: string): Promise<ConsultationEntry[]> {
	return db
		.select({ id: consultations.id, heldOn: consultations.heldOn, topic: consultations.topic, note: consultations.note, author: accounts.displayName })
		.from(consultations)
		.leftJoin(accounts, and(eq(accounts.tenantId, consultations.tenantId), eq(accounts.id, consultations.authorId)))
		.where(and(eq(consultations.tenantId, tenantId), eq(consultations.accountId, accountId)))
		.orderBy(desc(consultations.heldOn), desc(consultations.createdAt));
}

export interface SuggestionEntry {
	id: string;
	opportunityId: string;
	title: string;
	organisation: string;
	/** Whether the opportunity can still be taken up. */
	published: boolean;
	message: string;
	status: SuggestionStatus;
	by: string | null;
	createdAt: Date;
	answeredAt: Date | null;
}

/** The suggestions made to one person, newest first. */
export async function suggestionsFor(db: Db, tenantId: string, accountId: string): Promise<SuggestionEntry[]> {
	return db
		.select({
			id: suggestions.id,
			opportunityId: suggestions.opportunityId,
			title: opportunities.title,
			organisation: organisations.name,
			published: sql<boolean>`${opportunities.status} = 'published'`,
			message: suggestions.message,
			status: suggestions.status,
			by: accounts.displayName,
			createdAt: suggestions.createdAt,
			answeredAt: suggestions.answeredAt
		})
		.from(suggestions)
		.innerJoin(opportunities, and(eq(opportunities.tenantId, suggestions.tenantId), eq(opportunities.id, suggestions.opportunityId)))
		.innerJoin(organisations, and(eq(organisations.tenantId, opportunities.tenantId), eq(organisations.id, opportunities.organisationId)))
		.leftJoin(accounts, and(eq(accounts.tenantId, suggestions.tenantId), eq(accounts.id, suggestions.suggestedBy)))
		.where(and(eq(suggestions.tenantId, tenantId), eq(suggestions.accountId, accountId)))
		.orderBy(desc(suggestions.createdAt));
}

export interface OpportunityOption {
	id: string;
	title: string;
	organisation: string;
}

/** What can be suggested: the town's published opportunities, A–Z. */
export async function publishedOpportunityOptions(db: Db, tenantId: string): Promise<OpportunityOption[]> {
	return db
		.select({ id: opportunities.id, title: opportunities.title, organisation: organisations.name })
		.from(opportunities)
		.innerJoin(organisations, and(eq(organisations.tenantId, opportunities.tenantId), eq(organisations.id, opportunities.organisationId)))
		.where(and(eq(opportunities.tenantId, tenantId), eq(opportunities.status, 'published')))
		.orderBy(asc(opportunities.sortKey), asc(organisations.name));
}

/** Whether coordinators may see and advise this person now. */
export async function asksForAdviceNow(db: Db, tenantId: string, accountId: string): Promise<boolean> {
	const [row] = await db
		.select({ accountId: volunteerProfiles.accountId })
		.from(volunteerProfiles)
		.innerJoin(accounts, and(eq(accounts.tenantId, volunteerProfiles.tenantId), eq(accounts.id, volunteerProfiles.accountId)))
		.where(and(asksForAdvice(tenantId), eq(volunteerProfiles.accountId, accountId)));
	return !!row;
}

/** Who asks for advice and has heard nothing yet: no consultation logged and nothing suggested since the consent. */
export async function countAdviceWaiting(db: Db, tenantId: string): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(volunteerProfiles)
		.innerJoin(accounts, and(eq(accounts.tenantId, volunteerProfiles.tenantId), eq(accounts.id, volunteerProfiles.accountId)))
		.where(
			and(
				asksForAdvice(tenantId),
				sql`not exists (select 1 from ${consultations} c where c.tenant_id = ${volunteerProfiles.tenantId} and c.account_id = ${volunteerProfiles.accountId} and c.created_at >= ${volunteerProfiles.adviceConsentAt})`,
				sql`not exists (select 1 from ${suggestions} s where s.tenant_id = ${volunteerProfiles.tenantId} and s.account_id = ${volunteerProfiles.accountId} and s.created_at >= ${volunteerProfiles.adviceConsentAt})`
			)
		);
	return row.n;
}
