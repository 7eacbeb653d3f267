import { z } from 'zod';
import { and, eq, sql } from 'drizzle-orm';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import type { Db } from '$lib/server/db/client';
import type { SendableDocument } from '$lib/server/core/http/cached-document';
import { categories, directoryVersions, districts, organisationCategories, places } from '../schema';
import { organisationKinds } from '../vocabulary';
import { directoryFilter } from '../search/queries';
import { categoryName, licenceOf, type OpenDataCtx } from '../open-data/open-data';
import { ZOpenDataLicence } from '$lib/server/core/tenants';
import type { TDirectoryQuery } from '../contracts';

export const ZPlacesGeoJson = z.object({
	type: z.literal('FeatureCollection'),
	license: ZOpenDataLicence,
	features: z.array(
		z.object({
			type: z.literal('Feature'),
			id: z.uuid(),
			geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]).meta({ description: '[longitude, latitude], WGS 84' }) }),
			properties: z.object({
				organisationId: z.uuid(),
				name: z.string().meta({ description: 'Name of the organisation' }),
				kind: z.enum(organisationKinds),
				categories: z.array(z.string()),
				place: z.string(),
				street: z.string(),
				postcode: z.string(),
				city: z.string(),
				district: z.string().nullable(),
				url: z.string()
			})
		})
	)
});

/**
 * All located places of the filtered organisations as a GeoJSON FeatureCollection, written
 * by the database as one text: every string goes through to_json (which escapes it), the
 * rest are uuids, codes and numbers. Serialising records or json_build_object costs a third
 * more on the embedded database, where 20,000 organisations must stay under 200 ms.
 */
export async function placesGeoJson(ctx: OpenDataCtx, query: TDirectoryQuery): Promise<string> {
	const tenantId = ctx.tenant.id;
	// The range check also keeps NaN and Infinity, which JSON cannot carry, out.
	const where = and(...(await directoryFilter(ctx.db, tenantId, query)).conditions, sql`pl.lat between -90 and 90 and pl.lng between -180 and 180`);
	const detailUrl = `${ctx.baseUrl}/netzwerk/organisationen/`;
	const result = await ctx.db.execute(sql`
		with names as (
			select oc.organisation_id, json_agg(${categoryName(ctx.locale)} order by c.position, c.sort_key) as list
			from ${organisationCategories} oc join ${categories} c on c.tenant_id = oc.tenant_id and c.id = oc.category_id
			where oc.tenant_id = ${tenantId}
			group by oc.organisation_id
		)
		select concat('{"type":"FeatureCollection","license":', ${JSON.stringify(licenceOf(ctx))}::text, ',"features":[', string_agg(concat(
			'{"type":"Feature","id":"', pl.id,
			'","geometry":{"type":"Point","coordinates":[', pl.lng, ',', pl.lat,
			']},"properties":{"organisationId":"', organisations.id,
			'","name":', to_json(organisations.name),
			',"kind":"', organisations.kind,
			'","categories":', coalesce(names.list, '[]'::json),
			',"place":', to_json(pl.name),
			',"street":', to_json(pl.street),
			',"postcode":', to_json(pl.postcode),
			',"city":', to_json(pl.city),
			',"district":', coalesce(to_json(d.name), 'null'::json),
			',"url":', to_json(${detailUrl}::text || organisations.id), '}}'), ','), ']}') as doc
		from ${places} pl
		join organisations on organisations.tenant_id = pl.tenant_id and organisations.id = pl.organisation_id
		left join ${districts} d on d.tenant_id = pl.tenant_id and d.id = pl.district_id
		left join names on names.organisation_id = organisations.id
		where ${where}`);
	return (result as unknown as { rows: { doc: string }[] }).rows[0].doc;
}

/** The town's directory version: raised by the database with every write a document depends on. */
export async function directoryVersion(db: Db, tenantId: string): Promise<number> {
	const [row] = await db.select({ version: directoryVersions.version }).from(directoryVersions).where(eq(directoryVersions.tenantId, tenantId));
	return row?.version ?? 0;
}

interface Entry {
	version: number;
	baseUrl: string;
	licence: string;
	body: Promise<string>;
	gzipped?: Promise<Buffer>;
}
/** Per town and language; at most two entries a town, each replaced when the version moves. */
const unfiltered = new Map<string, Entry>();
const gzipAsync = promisify(gzip);

const isUnfiltered = (query: TDirectoryQuery) => Object.entries(query).every(([key, value]) => key === 'seite' || value === undefined);

/**
 * The GeoJSON of all places is requested far more often than the directory changes, and on
 * a large town it takes longer to build than to send: the unfiltered document is kept and
 * rebuilt only when the version has moved. The version is read before the document is
 * built, so a write committed meanwhile only causes one more rebuild, never a stale answer.
 */
export async function placesGeoJsonDocument(ctx: OpenDataCtx, query: TDirectoryQuery): Promise<SendableDocument> {
	if (!isUnfiltered(query)) return { body: await placesGeoJson(ctx, query) };
	const version = await directoryVersion(ctx.db, ctx.tenant.id);
	const key = `${ctx.tenant.id}:${ctx.locale}`;
	// The licence and its attribution are the municipality's settings, not the directory's data.
	const licence = JSON.stringify(licenceOf(ctx));
	let entry = unfiltered.get(key);
	if (!entry || entry.version !== version || entry.baseUrl !== ctx.baseUrl || entry.licence !== licence) {
		const body = placesGeoJson(ctx, query);
		const created: Entry = { version, baseUrl: ctx.baseUrl, licence, body };
		entry = created;
		unfiltered.set(key, created);
		body.catch(() => unfiltered.get(key) === created && unfiltered.delete(key));
	}
	const current = entry;
	const body = await current.body;
	return {
		body,
		etag: `"directory-${version}-${createHash('sha256').update(licence).digest('hex').slice(0, 8)}-${ctx.locale}"`,
		gzipped: () => (current.gzipped ??= gzipAsync(body, { level: 6 }))
	};
}
