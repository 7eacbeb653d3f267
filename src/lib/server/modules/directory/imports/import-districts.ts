import { and, asc, count, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '$lib/server/db/client';
import { fail, ok } from '$lib/server/core/result';
import { useCase } from '$lib/server/core/use-case';
import { recordAudit } from '$lib/server/core/audit';
import { cleanLine } from '$lib/server/core/validation';
import type { MessageKey } from '$lib/i18n';
import { districts, places } from '../schema';
import { isDistrictGeometry, type DistrictGeometry } from '../places/geo';
import { guessCrs, namedCrs, positionsOf, reproject } from '../places/crs';
import { reassignDistricts } from '../places/manage-places';
import { slugify } from '../walks/slug';
import { uploadInput } from './upload-input';

/** Detailed borders from a city's open data can be a few megabytes. */
export const MAX_DISTRICT_BYTES = 5_000_000;

export const ZDistrictImport = z.object({
	geojson: z.string().trim().min(1, { error: 'imports.error.empty' }),
	mode: z.enum(['replace', 'add'], { error: 'error.choose_one' })
});

export interface FeatureProblem {
	/** 1-based position of the feature in the file. */
	feature: number;
	message: MessageKey;
	params?: Record<string, string>;
}

/** "Mühlenau-Süd" → "muehlenau-sued": the district's part of shareable filter URLs. */
export function districtSlug(name: string): string {
	return slugify(name, { max: 60 });
}

const nameOf = (properties: unknown): string => {
	const p = (properties ?? {}) as Record<string, unknown>;
	const value = [p.name, p.Name, p.STADTTEIL].find((v) => typeof v === 'string' && v.trim());
	// A name is one line; JSON may spell U+0000 as \u0000, which no database text can hold.
	return typeof value === 'string' ? cleanLine(value).trim() : '';
};

/** Every coordinate pair must be a longitude and a latitude (GeoJSON order). */
function inRange(geometry: DistrictGeometry): boolean {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	return polygons.every((polygon) => polygon.every((ring) => ring.every(([lng, lat]) => Math.abs(lng) <= 180 && Math.abs(lat) <= 90)));
}

/**
 * Stadtteile from a GeoJSON FeatureCollection of (Multi)Polygons named by `name`, `Name` or
 * `STADTTEIL`, in WGS 84 or ETRS89 / UTM zone 32 or 33 (turned into WGS 84 here). "replace" swaps all districts, "add" adds new ones and redraws those with the
 * same name. Every place's district is derived again in the same transaction.
 */
export const importDistricts = useCase({
	input: uploadInput(ZDistrictImport, ['mode']),
	permission: 'directory.manage',
	run: async (ctx, { geojson, mode }) => {
		if (Buffer.byteLength(geojson) > MAX_DISTRICT_BYTES) return fail('invalid', { file: 'imports.error.too_large_districts' });
		let document: unknown;
		try {
			document = JSON.parse(geojson.replace(/^\uFEFF/, ''));
		} catch {
			return fail('invalid', { file: 'imports.error.json' });
		}
		const collection = document as { type?: unknown; features?: unknown };
		if (!collection || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) return fail('invalid', { file: 'imports.error.feature_collection' });
		if (!collection.features.length) return fail('invalid', { file: 'imports.error.empty' });
		const features = collection.features as ({ geometry?: { type?: unknown; coordinates?: unknown } | null; properties?: unknown } | null)[];
		// Outlines from a GIS office come in ETRS89 / UTM: named in `crs`, or recognisable by their size.
		const crs =
			namedCrs(collection) ??
			guessCrs(
				features.flatMap((f) => positionsOf(f?.geometry?.coordinates)),
				ctx.tenant.state
			);
		if (crs.kind === 'unknown') return fail('invalid', { file: 'imports.error.not_wgs84' });
		if (crs.kind === 'utm') for (const f of features) if (f?.geometry && typeof f.geometry === 'object') f.geometry = { ...f.geometry, coordinates: reproject(f.geometry.coordinates, crs.zone) };

		const problems: FeatureProblem[] = [];
		const found: { slug: string; name: string; geometry: DistrictGeometry }[] = [];
		features.forEach((feature, index) => {
			const position = index + 1;
			const name = nameOf(feature?.properties);
			const geometry = feature?.geometry;
			if (!name) problems.push({ feature: position, message: 'imports.error.district_name' });
			else if (name.length > 120) problems.push({ feature: position, message: 'error.too_long' });
			if (!isDistrictGeometry(geometry)) {
				const type = (geometry as { type?: unknown } | null)?.type;
				problems.push({ feature: position, message: 'imports.error.geometry', params: { type: typeof type === 'string' ? type : '–' } });
				return;
			}
			if (!inRange(geometry)) {
				problems.push({ feature: position, message: 'imports.error.geometry_range' });
				return;
			}
			if (!name || name.length > 120) return;
			const slug = districtSlug(name);
			if (!slug) problems.push({ feature: position, message: 'imports.error.district_name' });
			else if (found.some((d) => d.slug === slug)) problems.push({ feature: position, message: 'imports.error.district_repeated', params: { name } });
			else found.push({ slug, name, geometry });
		});
		if (problems.length) return { ok: false as const, error: 'features_invalid' as const, problems };

		const placesChanged = await ctx.db.transaction(async (tx) => {
			const before = await listDistrictNames(tx, ctx.tenant.id);
			if (mode === 'replace') await tx.delete(districts).where(eq(districts.tenantId, ctx.tenant.id));
			await tx
				.insert(districts)
				.values(found.map((d) => ({ ...d, tenantId: ctx.tenant.id })))
				.onConflictDoUpdate({ target: [districts.tenantId, districts.slug], set: { name: sql`excluded.name`, geometry: sql`excluded.geometry` } });
			const changed = await reassignDistricts(tx, ctx.tenant.id);
			await recordAudit(tx, ctx.actor, {
				action: 'districts.imported',
				entityType: 'tenant',
				entityId: ctx.tenant.id,
				before: { districts: before },
				after: { mode, districts: found.map((d) => d.name), placesChanged: changed }
			});
			return changed;
		});
		return ok({ names: found.map((d) => d.name), placesChanged });
	}
});

async function listDistrictNames(db: Db, tenantId: string): Promise<string[]> {
	const rows = await db.select({ name: districts.name }).from(districts).where(eq(districts.tenantId, tenantId)).orderBy(asc(districts.sortKey));
	return rows.map((r) => r.name);
}

/** The coordinators' overview: each district with its number of places, and the places outside every district. */
export async function districtOverview(db: Db, tenantId: string) {
	const rows = await db
		.select({ id: districts.id, slug: districts.slug, name: districts.name, places: count(places.id) })
		.from(districts)
		.leftJoin(places, and(eq(places.tenantId, districts.tenantId), eq(places.districtId, districts.id)))
		.where(eq(districts.tenantId, tenantId))
		.groupBy(districts.tenantId, districts.id)
		.orderBy(asc(districts.sortKey));
	const [outside] = await db
		.select({ n: count() })
		.from(places)
		.where(and(eq(places.tenantId, tenantId), isNotNull(places.lat), isNull(places.districtId)));
	return { districts: rows, placesOutside: outside.n };
}
