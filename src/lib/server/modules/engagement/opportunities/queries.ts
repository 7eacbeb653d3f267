import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import type { Ctx } from '$lib/server/core/context';
import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { findOrganisation } from '$lib/server/core/organisations';
import { categoriesTable, districtsTable, placesTable, listCategories, placesOf } from '$lib/server/modules/directory';
import { opportunities, opportunityFields, opportunityPlaces } from '../schema';
import { ZOpportunityRef, ZOrganisationTarget } from '../contracts';
import { settingsOf } from '../settings';
import type { OpportunityStatus } from '../vocabulary';
import { findOpportunity, mayManageFor, mayManageOpportunity, mayPostFor, type Opportunity } from './access';
import { linksOf } from './columns';

/** Shown to everyone: published, by an organisation that is itself published. */
// Written out: inside a sub-select Drizzle would leave the outer columns unqualified.
const isPublic = sql`engagement_opportunities.status = 'published' and exists (select 1 from organisations o where o.tenant_id = engagement_opportunities.tenant_id and o.id = engagement_opportunities.organisation_id and o.status = 'published')`;

/** The order an organisation sees its opportunities in: what needs doing first, then A–Z. */
const STATUS_ORDER: OpportunityStatus[] = ['draft', 'review', 'expired', 'published', 'paused', 'filled', 'archived'];

/** An organisation's opportunities in every status, for its people and the office. */
export const listOrganisationOpportunities = useCase({
	input: ZOrganisationTarget,
	allowed: mayPostFor,
	run: async (ctx, { organisationId }) => {
		const [rows, settings] = await Promise.all([
			ctx.db
				.select({
					id: opportunities.id,
					title: opportunities.title,
					status: opportunities.status,
					commitment: opportunities.commitment,
					publishedAt: opportunities.publishedAt,
					expiresAt: opportunities.expiresAt,
					updatedAt: opportunities.updatedAt
				})
				.from(opportunities)
				.where(and(eq(opportunities.tenantId, ctx.tenant.id), eq(opportunities.organisationId, organisationId)))
				.orderBy(asc(opportunities.sortKey), asc(opportunities.id)),
			settingsOf(ctx.db, ctx.tenant.id)
		]);
		rows.sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
		return ok({ opportunities: rows, reviewRequired: settings.reviewRequired });
	}
});

/** What the form offers: the organisation's places and the town's fields of activity. */
async function formChoices(db: Db, tenantId: string, organisationId: string) {
	const [places, fields] = await Promise.all([placesOf(db, tenantId, [organisationId]), listCategories(db, tenantId)]);
	return { places: places.map((p) => ({ id: p.id, name: p.name, street: p.street, city: p.city })), fields: fields.map((f) => ({ id: f.id, nameDe: f.nameDe, nameEn: f.nameEn })) };
}

/** The empty form for a new opportunity, with the organisation's name and the choices. */
export const newOpportunityForm = useCase({
	input: ZOrganisationTarget,
	allowed: mayPostFor,
	run: async (ctx, { organisationId }) => {
		const org = await findOrganisation(ctx.db, ctx.tenant.id, organisationId);
		if (!org) return fail('not_found');
		return ok({
			organisation: { id: org.id, name: org.name, contactName: org.contactName, contactEmail: org.contactEmail, contactPhone: org.contactPhone },
			...(await formChoices(ctx.db, ctx.tenant.id, organisationId))
		});
	}
});

/** An opportunity as its form shows it, with its places and fields, the choices and the town's review setting. */
export const opportunityForEditing = useCase({
	input: ZOpportunityRef,
	allowed: mayManageOpportunity,
	run: async (ctx, { opportunityId }) => {
		const found = await findOpportunity(ctx.db, ctx.tenant.id, opportunityId);
		if (!found) return fail('not_found');
		const [org, links, choices, settings] = await Promise.all([
			findOrganisation(ctx.db, ctx.tenant.id, found.organisationId),
			linksOf(ctx.db, ctx.tenant.id, opportunityId),
			formChoices(ctx.db, ctx.tenant.id, found.organisationId),
			settingsOf(ctx.db, ctx.tenant.id)
		]);
		return ok({ opportunity: { ...found, ...links }, organisation: { id: found.organisationId, name: org?.name ?? '' }, ...choices, reviewRequired: settings.reviewRequired });
	}
});

export interface PublicPlace {
	id: string;
	name: string;
	street: string;
	postcode: string;
	city: string;
	district: string | null;
	lat: number | null;
	lng: number | null;
}

export interface OpportunityDetails {
	opportunity: Opportunity;
	organisation: { id: string; name: string; website: string; email: string; phone: string; status: string };
	places: PublicPlace[];
	fields: { id: string; nameDe: string; nameEn: string }[];
	/** The viewer may edit it: the page links to the form and shows unpublished ones. */
	manage: boolean;
}

/**
 * An opportunity's page: everyone sees a published one of a published organisation; its
 * organisation's people and the office see it in any status. Others get nothing (a 404, not a 403:
 * a draft's existence is not told).
 */
export async function loadOpportunity(ctx: Ctx, id: string): Promise<OpportunityDetails | null> {
	const found = await findOpportunity(ctx.db, ctx.tenant.id, id);
	if (!found) return null;
	const manage = mayManageFor(ctx, found.organisationId);
	const org = await findOrganisation(ctx.db, ctx.tenant.id, found.organisationId);
	if (!org) return null;
	if (!manage && !(found.status === 'published' && org.status === 'published')) return null;
	const [places, fields] = await Promise.all([
		ctx.db
			.select({
				id: placesTable.id,
				name: placesTable.name,
				street: placesTable.street,
				postcode: placesTable.postcode,
				city: placesTable.city,
				district: districtsTable.name,
				lat: placesTable.lat,
				lng: placesTable.lng
			})
			.from(opportunityPlaces)
			.innerJoin(placesTable, and(eq(placesTable.tenantId, opportunityPlaces.tenantId), eq(placesTable.id, opportunityPlaces.placeId)))
			.leftJoin(districtsTable, and(eq(districtsTable.tenantId, placesTable.tenantId), eq(districtsTable.id, placesTable.districtId)))
			.where(and(eq(opportunityPlaces.tenantId, ctx.tenant.id), eq(opportunityPlaces.opportunityId, id)))
			.orderBy(asc(placesTable.sortKey)),
		ctx.db
			.select({ id: categoriesTable.id, nameDe: categoriesTable.nameDe, nameEn: categoriesTable.nameEn })
			.from(opportunityFields)
			.innerJoin(categoriesTable, and(eq(categoriesTable.tenantId, opportunityFields.tenantId), eq(categoriesTable.id, opportunityFields.categoryId)))
			.where(and(eq(opportunityFields.tenantId, ctx.tenant.id), eq(opportunityFields.opportunityId, id)))
			.orderBy(asc(categoriesTable.position), asc(categoriesTable.sortKey))
	]);
	return {
		opportunity: found,
		organisation: { id: org.id, name: org.name, website: org.website, email: org.email, phone: org.phone, status: org.status },
		places,
		fields,
		manage
	};
}

/** A profile's "Engagement bei uns": the organisation's published opportunities, newest first. */
export async function openOpportunitiesOf(ctx: Ctx, organisationId: string) {
	return ctx.db
		.select({ id: opportunities.id, title: opportunities.title, commitment: opportunities.commitment, online: opportunities.online, forYouth14: opportunities.forYouth14 })
		.from(opportunities)
		.where(and(eq(opportunities.tenantId, ctx.tenant.id), eq(opportunities.organisationId, organisationId), isPublic))
		.orderBy(desc(opportunities.publishedAt), asc(opportunities.sortKey))
		.limit(50);
}

/** Published opportunities for the sitemap. */
export async function engagementSitemap(ctx: Ctx) {
	const rows = await ctx.db
		.select({ id: opportunities.id, updatedAt: opportunities.updatedAt, confirmedAt: opportunities.confirmedAt })
		.from(opportunities)
		.where(and(eq(opportunities.tenantId, ctx.tenant.id), isPublic))
		.orderBy(asc(opportunities.sortKey), asc(opportunities.id));
	return rows.map((r) => ({ path: `/engagement/${r.id}`, lastmod: r.confirmedAt && r.confirmedAt > r.updatedAt ? r.confirmedAt : r.updatedAt }));
}
