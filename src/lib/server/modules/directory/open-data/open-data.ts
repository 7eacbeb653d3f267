import { z } from 'zod';
import { and, sql, type SQL } from 'drizzle-orm';
import type { Ctx } from '$lib/server/core/context';
import { toCsv } from '$lib/server/core/csv';
import { openDataLicence, ZOpenDataLicence } from '$lib/server/core/tenants';
import { boundedPage } from '$lib/server/core/validation';
import { categories, districts, organisationCategories, places } from '../schema';
import { accessibilityFeatures, languages, organisationKinds, targetGroups } from '../vocabulary';
import { directoryFilter, staleSql } from '../search/queries';
import { publicContact, webUrl } from '../profiles/organisation-fields';
import { ZDirectoryFilters, type TDirectoryQuery } from '../contracts';

/**
 * Open data of the Vereinsregister: what every published organisation agreed to publish,
 * as JSON (API and download), CSV and GeoJSON. Internal fields (status, who created it,
 * reminders, merges) and a contact person without consent never leave this file.
 */

/** What the builders need: a database, the tenant (with its licence), and the absolute base for links. */
export type OpenDataCtx = Pick<Ctx, 'db' | 'baseUrl' | 'locale'> & { tenant: Pick<Ctx['tenant'], 'id' | 'name' | 'openDataLicence'> };

/** The licence the municipality publishes under, for the metadata of every download and API answer. */
export const licenceOf = (ctx: OpenDataCtx) => openDataLicence(ctx.tenant, ctx.locale);

export const ZOpenPlace = z.object({
	id: z.uuid(),
	name: z.string(),
	street: z.string(),
	postcode: z.string(),
	city: z.string(),
	district: z.string().nullable().meta({ description: 'Stadtteil derived from the point, if located' }),
	lat: z.number().nullable(),
	lng: z.number().nullable(),
	openingHours: z.string(),
	accessibility: z.array(z.enum(accessibilityFeatures))
});

export const ZOpenOrganisation = z.object({
	id: z.uuid(),
	url: z.string().meta({ description: 'The public profile page' }),
	name: z.string(),
	shortName: z.string(),
	kind: z.enum(organisationKinds),
	categories: z.array(z.object({ slug: z.string(), name: z.string() })).meta({ description: 'Fields of activity, named in the language of the request' }),
	description: z.string().meta({ description: 'Markdown' }),
	logoUrl: z.string().nullable(),
	contact: z.object({ name: z.string(), email: z.string(), phone: z.string() }).nullable().meta({ description: 'Only when the contact person agreed to be shown publicly; otherwise null' }),
	street: z.string(),
	postcode: z.string(),
	city: z.string(),
	phone: z.string(),
	email: z.string(),
	website: z.string(),
	socialLinks: z.array(z.object({ label: z.string(), url: z.string() })),
	languages: z.array(z.enum(languages)),
	accessibility: z.array(z.enum(accessibilityFeatures)),
	targetGroups: z.array(z.enum(targetGroups)),
	foundingYear: z.int().nullable(),
	registerNumber: z.string(),
	networkMember: z.boolean(),
	networkDeclaredAt: z.iso.date().nullable().meta({ description: 'Date of the declaration of intent (Willensbekundung)' }),
	verified: z.boolean().meta({ description: 'Checked by the coordination office' }),
	stale: z.boolean().meta({ description: 'Not confirmed as current for 12 months despite a reminder' }),
	lastUpdated: z.iso.datetime().meta({ description: 'Last change or confirmation of the profile' }),
	places: z.array(ZOpenPlace)
});
export type TOpenOrganisation = z.output<typeof ZOpenOrganisation>;

export const ZOpenOrganisationPage = z.object({
	items: z.array(ZOpenOrganisation),
	page: z.int(),
	pageSize: z.int(),
	total: z.int(),
	license: ZOpenDataLicence
});

/** API paging; directory filters use the same German parameter names as the pages. */
const MAX_PAGE_SIZE = 100;
export const ZApiPaging = z.object({
	page: z.coerce.number({ error: 'opendata.error_page' }).int({ error: 'opendata.error_page' }).min(1, { error: 'opendata.error_page' }).max(10_000, { error: 'opendata.error_page' }).default(1),
	pageSize: z.coerce
		.number({ error: 'opendata.error_page_size' })
		.int({ error: 'opendata.error_page_size' })
		.min(1, { error: 'opendata.error_page_size' })
		.max(MAX_PAGE_SIZE, { error: 'opendata.error_page_size' })
		.default(20)
});
export const ZOrganisationsApiQuery = ZDirectoryFilters.extend(ZApiPaging.shape);

export const categoryName = (locale: OpenDataCtx['locale']) => (locale === 'en' ? sql.raw('c.name_en') : sql.raw('c.name_de'));
const isoTime = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`);

interface OrganisationRow {
	id: string;
	name: string;
	shortName: string;
	kind: TOpenOrganisation['kind'];
	description: string;
	logoPath: string | null;
	contactPublic: boolean;
	contactName: string;
	contactEmail: string;
	contactPhone: string;
	street: string;
	postcode: string;
	city: string;
	phone: string;
	email: string;
	website: string;
	socialLinks: { label: string; url: string }[];
	languages: TOpenOrganisation['languages'];
	accessibility: TOpenOrganisation['accessibility'];
	targetGroups: TOpenOrganisation['targetGroups'];
	foundingYear: number | null;
	registerNumber: string;
	networkMember: boolean;
	networkDeclaredAt: string | null;
	verified: boolean;
	stale: boolean;
	lastUpdated: string;
	categories: { slug: string; name: string }[];
	places: TOpenOrganisation['places'];
}

/**
 * Published organisations matching a directory filter, in the directory's order (relevance
 * when searching, else A–Z). Without `limit`, all of them (for the downloads).
 */
export async function openOrganisations(ctx: OpenDataCtx, query: TDirectoryQuery, paging: { limit?: number; offset?: number } = {}): Promise<{ items: TOpenOrganisation[]; total: number }> {
	const filter = await directoryFilter(ctx.db, ctx.tenant.id, query);
	const where = and(...filter.conditions)!;
	// The filter conditions name the table "organisations", so it is used without an alias here.
	const nearest = filter.distance ? sql`${filter.distance} asc nulls last, ` : sql``;
	const order = filter.rank ? sql`${nearest}${filter.rank} desc, organisations.sort_key asc, organisations.id` : sql`${nearest}organisations.sort_key asc, organisations.id`;
	// A download holds every match: its length is the total, no count needed.
	if (paging.limit === undefined) {
		const items = await selectOrganisations(ctx, where, order, paging);
		return { items, total: items.length };
	}
	const [items, count] = await Promise.all([selectOrganisations(ctx, where, order, paging), ctx.db.execute(sql`select count(*)::int as total from organisations where ${where}`)]);
	return { items, total: (count as unknown as { rows: { total: number }[] }).rows[0].total };
}

/** A single published organisation, or null (unknown, not published, merged, or another town's). */
export async function openOrganisation(ctx: OpenDataCtx, id: string): Promise<TOpenOrganisation | null> {
	if (!z.uuid().safeParse(id).success) return null;
	const where = sql`organisations.tenant_id = ${ctx.tenant.id} and organisations.id = ${id} and organisations.status = 'published'`;
	const [item] = await selectOrganisations(ctx, where, sql`organisations.id`, { limit: 1 });
	return item ?? null;
}

async function selectOrganisations(ctx: OpenDataCtx, where: SQL, order: SQL, paging: { limit?: number; offset?: number }): Promise<TOpenOrganisation[]> {
	const list = await ctx.db.execute(sql`
			select organisations.id, organisations.name, organisations.short_name as "shortName", organisations.kind, organisations.description,
				organisations.logo_path as "logoPath", organisations.contact_public as "contactPublic",
				organisations.contact_name as "contactName", organisations.contact_email as "contactEmail", organisations.contact_phone as "contactPhone",
				organisations.street, organisations.postcode, organisations.city, organisations.phone, organisations.email, organisations.website,
				organisations.social_links as "socialLinks", organisations.languages, organisations.accessibility, organisations.target_groups as "targetGroups",
				organisations.founding_year as "foundingYear", organisations.register_number as "registerNumber",
				organisations.network_member as "networkMember", to_char(organisations.network_declared_at, 'YYYY-MM-DD') as "networkDeclaredAt",
				organisations.verified,
				${staleSql} as stale,
				${isoTime('greatest(organisations.updated_at, organisations.confirmed_at)')} as "lastUpdated",
				coalesce((select json_agg(json_build_object('slug', c.slug, 'name', ${categoryName(ctx.locale)}) order by c.position, c.sort_key)
					from ${organisationCategories} oc join ${categories} c on c.tenant_id = oc.tenant_id and c.id = oc.category_id
					where oc.tenant_id = organisations.tenant_id and oc.organisation_id = organisations.id), '[]'::json) as categories,
				coalesce((select json_agg(json_build_object('id', p.id, 'name', p.name, 'street', p.street, 'postcode', p.postcode, 'city', p.city,
						'district', d.name, 'lat', p.lat, 'lng', p.lng, 'openingHours', p.opening_hours, 'accessibility', p.accessibility) order by p.created_at, p.name, p.id)
					from ${places} p left join ${districts} d on d.tenant_id = p.tenant_id and d.id = p.district_id
					where p.tenant_id = organisations.tenant_id and p.organisation_id = organisations.id), '[]'::json) as places
			from organisations
			join (
				-- The page is chosen first, so the lists above are built only for the rows it shows.
				select organisations.tenant_id as page_tenant, organisations.id as page_id, row_number() over (order by ${order}) as position
				from organisations
				where ${where}
				order by position
				${paging.limit !== undefined ? sql`limit ${paging.limit} offset ${paging.offset ?? 0}` : sql``}
			) page on organisations.tenant_id = page.page_tenant and organisations.id = page.page_id
			order by page.position`);
	return (list as unknown as { rows: OrganisationRow[] }).rows.map((row) => toOpenOrganisation(ctx, row));
}

/** Picks the published fields one by one, so a new column is never published by accident. */
function toOpenOrganisation(ctx: OpenDataCtx, row: OrganisationRow): TOpenOrganisation {
	return {
		id: row.id,
		url: `${ctx.baseUrl}/netzwerk/organisationen/${row.id}`,
		name: row.name,
		shortName: row.shortName,
		kind: row.kind,
		categories: row.categories,
		description: row.description,
		logoUrl: row.logoPath ? `${ctx.baseUrl}/dateien/${row.logoPath}` : null,
		contact: publicContact(row),
		street: row.street,
		postcode: row.postcode,
		city: row.city,
		phone: row.phone,
		email: row.email,
		// Consumers turn these into links: only web addresses are passed on.
		website: webUrl(row.website),
		socialLinks: row.socialLinks.filter(({ url }) => webUrl(url)).map(({ label, url }) => ({ label, url })),
		languages: row.languages,
		accessibility: row.accessibility,
		targetGroups: row.targetGroups,
		foundingYear: row.foundingYear,
		registerNumber: row.registerNumber,
		networkMember: row.networkMember,
		networkDeclaredAt: row.networkDeclaredAt,
		verified: row.verified,
		stale: row.stale,
		lastUpdated: row.lastUpdated,
		places: row.places.map((p) => ({ ...p, accessibility: p.accessibility ?? [] }))
	};
}

/** One page for the API: `{items, page, pageSize, total, license}`. */
export async function openOrganisationPage(ctx: OpenDataCtx, query: TDirectoryQuery, requestedPage: number, requestedSize: number) {
	const page = boundedPage(requestedPage);
	const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(requestedSize) || 20));
	const { items, total } = await openOrganisations(ctx, query, { limit: pageSize, offset: (page - 1) * pageSize });
	return { items, page, pageSize, total, license: licenceOf(ctx) };
}

/** The JSON download: `{license, items, total}` with every match. */
export async function openOrganisationsDocument(ctx: OpenDataCtx, query: TDirectoryQuery) {
	const { items, total } = await openOrganisations(ctx, query);
	return { license: licenceOf(ctx), items, total };
}

export const csvColumns = [
	'id',
	'url',
	'name',
	'short_name',
	'kind',
	'categories',
	'description',
	'street',
	'postcode',
	'city',
	'phone',
	'email',
	'website',
	'social_links',
	'languages',
	'accessibility',
	'target_groups',
	'founding_year',
	'register_number',
	'network_member',
	'network_declared_at',
	'verified',
	'stale',
	'last_updated',
	'contact_name',
	'contact_email',
	'contact_phone',
	'places'
] as const;

/** The CSV download: one row per organisation, lists joined with ", " (codes as in the JSON). */
export async function openOrganisationsCsv(ctx: OpenDataCtx, query: TDirectoryQuery): Promise<string> {
	const { items } = await openOrganisations(ctx, query);
	const list = (values: string[]) => values.join(', ');
	return toCsv(
		[...csvColumns],
		items.map((o) => [
			o.id,
			o.url,
			o.name,
			o.shortName,
			o.kind,
			list(o.categories.map((c) => c.name)),
			o.description,
			o.street,
			o.postcode,
			o.city,
			o.phone,
			o.email,
			o.website,
			list(o.socialLinks.map((l) => `${l.label}: ${l.url}`)),
			list(o.languages),
			list(o.accessibility),
			list(o.targetGroups),
			o.foundingYear === null ? '' : String(o.foundingYear),
			o.registerNumber,
			String(o.networkMember),
			o.networkDeclaredAt ?? '',
			String(o.verified),
			String(o.stale),
			o.lastUpdated,
			o.contact?.name ?? '',
			o.contact?.email ?? '',
			o.contact?.phone ?? '',
			String(o.places.length)
		])
	);
}
