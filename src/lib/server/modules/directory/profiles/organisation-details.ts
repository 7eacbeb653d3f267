import type { Ctx } from '$lib/server/core/context';
import { fail, ok, type Result } from '$lib/server/core/result';
import { can } from '$lib/server/core/permissions';
import { markdownSummary, renderMarkdown } from '$lib/server/core/markdown';
import { publicContact, webUrl } from './organisation-fields';
import { isStale, listCategories, listDistrictNames, organisationCategoryIds, placesOf } from '../search/queries';
import { findOrganisation, type Organisation } from '../../../core/organisations/queries';
import { localName } from '$lib/i18n/localised';

export interface OrganisationDetails {
	id: string;
	status: Organisation['status'];
	name: string;
	shortName: string;
	kind: Organisation['kind'];
	categories: { slug: string; name: string }[];
	/** Rendered from Markdown with raw HTML escaped. */
	descriptionHtml: string;
	/** Its opening words as plain text, for search engines and link previews. */
	summary: string;
	logoPath: string | null;
	/** Only when the contact person agreed to be shown. */
	contact: { name: string; email: string; phone: string } | null;
	street: string;
	postcode: string;
	city: string;
	phone: string;
	email: string;
	website: string;
	socialLinks: { label: string; url: string }[];
	languages: string[];
	accessibility: string[];
	targetGroups: string[];
	foundingYear: number | null;
	registerNumber: string;
	networkMember: boolean;
	networkDeclaredAt: string | null;
	verified: boolean;
	stale: boolean;
	lastUpdated: Date;
	places: {
		id: string;
		name: string;
		street: string;
		postcode: string;
		city: string;
		district: string | null;
		lat: number | null;
		lng: number | null;
		located: boolean;
		openingHours: string;
		accessibility: string[];
	}[];
	/** Members and coordinators may edit it and confirm it is current. */
	canEdit: boolean;
}

export type OrganisationDetailsValue = { kind: 'profile'; organisation: OrganisationDetails } | { kind: 'merged'; mergedIntoId: string };

/**
 * The public profile page. Published organisations are open to everyone; a proposal, a
 * rejected or an archived one only to its members and to coordinators (the same people
 * who may edit it). A merged one points to the organisation it became part of.
 */
export async function loadOrganisationDetails(ctx: Ctx, id: string): Promise<Result<OrganisationDetailsValue, 'not_found'>> {
	const org = await findOrganisation(ctx.db, ctx.tenant.id, id);
	if (!org) return fail('not_found');
	if (org.status === 'merged') return org.mergedIntoId ? ok({ kind: 'merged', mergedIntoId: org.mergedIntoId }) : fail('not_found');
	const canEdit = can(ctx.actor, 'organisation.edit', { kind: 'organisation', tenantId: ctx.tenant.id, organisationId: org.id });
	if (org.status !== 'published' && !canEdit) return fail('not_found');

	const [categoryIds, allCategories, districts, orgPlaces] = await Promise.all([
		organisationCategoryIds(ctx.db, ctx.tenant.id, org.id),
		listCategories(ctx.db, ctx.tenant.id),
		listDistrictNames(ctx.db, ctx.tenant.id),
		placesOf(ctx.db, ctx.tenant.id, [org.id])
	]);
	const districtName = new Map(districts.map((d) => [d.id, d.name]));
	const chosen = new Set(categoryIds);
	const confirmedOrChanged = org.confirmedAt > org.updatedAt ? org.confirmedAt : org.updatedAt;

	return ok({
		kind: 'profile',
		organisation: {
			id: org.id,
			status: org.status,
			name: org.name,
			shortName: org.shortName,
			kind: org.kind,
			categories: allCategories.filter((c) => chosen.has(c.id)).map((c) => ({ slug: c.slug, name: localName(c, ctx.locale) })),
			descriptionHtml: org.description ? renderMarkdown(org.description) : '',
			summary: org.description ? markdownSummary(org.description) : '',
			logoPath: org.logoPath,
			contact: publicContact(org),
			street: org.street,
			postcode: org.postcode,
			city: org.city,
			phone: org.phone,
			email: org.email,
			website: webUrl(org.website),
			socialLinks: org.socialLinks.filter((link) => webUrl(link.url)),
			languages: org.languages,
			accessibility: org.accessibility,
			targetGroups: org.targetGroups,
			foundingYear: org.foundingYear,
			registerNumber: org.registerNumber,
			networkMember: org.networkMember,
			networkDeclaredAt: org.networkDeclaredAt,
			verified: org.verified,
			stale: isStale(org),
			lastUpdated: confirmedOrChanged,
			places: orgPlaces.map((p) => ({
				id: p.id,
				name: p.name,
				street: p.street,
				postcode: p.postcode,
				city: p.city,
				district: p.districtId ? (districtName.get(p.districtId) ?? null) : null,
				lat: p.lat,
				lng: p.lng,
				located: p.lat !== null && p.lng !== null,
				openingHours: p.openingHours,
				accessibility: p.accessibility
			})),
			canEdit
		}
	});
}
