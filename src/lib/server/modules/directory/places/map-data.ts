import { and, asc, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '$lib/server/db/client';
import { districts, places } from '../schema';
import { organisations } from '../../../core/organisations/schema';
import { ZDirectoryQuery } from '../contracts';
import { directoryFilter } from '../search/queries';
import { isDistrictGeometry } from './geo';

/** The directory's filters (same URL parameters) plus `organisation=<id>` for one organisation's places. */
export const ZMapQuery = ZDirectoryQuery.extend({
	organisation: z.uuid().optional().catch(undefined)
});
export type TMapQuery = z.output<typeof ZMapQuery>;

/** More markers than this make the page heavy; the page says so and asks for a filter. */
export const MAP_LIMIT = 2000;

export interface MapPlace {
	/** Position in the result, the number on the marker and in the list. */
	number: number;
	id: string;
	name: string;
	organisationId: string;
	organisationName: string;
	street: string;
	postcode: string;
	city: string;
	openingHours: string;
	district: string | null;
	districtSlug: string | null;
	lat: number;
	lng: number;
}

/**
 * Engagement-Orte on the Stadtplan: places with coordinates of published organisations that match
 * the directory filter. A district filter keeps only the places in that district, not every place of
 * an organisation that has one there.
 */
export async function mapPlaces(db: Db, tenantId: string, query: TMapQuery, limit = MAP_LIMIT): Promise<{ places: MapPlace[]; total: number }> {
	const conditions: SQL[] = [...(await directoryFilter(db, tenantId, query)).conditions, eq(places.tenantId, tenantId), isNotNull(places.lat), isNotNull(places.lng)];
	if (query.organisation) conditions.push(eq(places.organisationId, query.organisation));
	if (query.stadtteil) conditions.push(eq(districts.slug, query.stadtteil));
	const rows = await db
		.select({
			id: places.id,
			name: places.name,
			organisationId: organisations.id,
			organisationName: organisations.name,
			street: places.street,
			postcode: places.postcode,
			city: places.city,
			openingHours: places.openingHours,
			district: districts.name,
			districtSlug: districts.slug,
			lat: places.lat,
			lng: places.lng,
			total: sql<number>`count(*) over ()`.mapWith(Number)
		})
		.from(places)
		.innerJoin(organisations, and(eq(organisations.tenantId, places.tenantId), eq(organisations.id, places.organisationId)))
		.leftJoin(districts, and(eq(districts.tenantId, places.tenantId), eq(districts.id, places.districtId)))
		.where(and(...conditions))
		.orderBy(asc(organisations.sortKey), asc(organisations.id), asc(places.sortKey), asc(places.id))
		.limit(limit);
	return {
		places: rows.map(({ total: _total, lat, lng, ...row }, i) => ({ ...row, number: i + 1, lat: lat!, lng: lng! })),
		total: rows[0]?.total ?? 0
	};
}

/** The name of a published organisation, for the heading "Orte von …". */
export async function mapOrganisationName(db: Db, tenantId: string, organisationId: string): Promise<string | null> {
	const [row] = await db
		.select({ name: organisations.name })
		.from(organisations)
		.where(and(eq(organisations.tenantId, tenantId), eq(organisations.id, organisationId), eq(organisations.status, 'published')));
	return row?.name ?? null;
}

export interface MapArea {
	name: string;
	slug: string;
	/** GeoJSON Polygon or MultiPolygon, WGS 84. */
	geometry: unknown;
}

/** District outlines give the map orientation when no tile background is loaded. */
export async function mapAreas(db: Db, tenantId: string): Promise<MapArea[]> {
	const rows = await db.select({ name: districts.name, slug: districts.slug, geometry: districts.geometry }).from(districts).where(eq(districts.tenantId, tenantId)).orderBy(asc(districts.sortKey));
	return rows.filter((r) => isDistrictGeometry(r.geometry));
}

/* ------------------------------------------------------------------ static SVG overview */

export interface StaticMap {
	width: number;
	height: number;
	markers: { number: number; x: number; y: number }[];
	/** SVG `points` of the route through the markers in their order, when asked for. */
	route: string | null;
	areas: { name: string; d: string; x: number; y: number }[];
	/** A round distance and its length in the drawing, for the scale bar; null for a single point. */
	scale: { metres: number; pixels: number } | null;
}

const EARTH_RADIUS = 6_378_137;

/** The longest round distance (1, 2 or 5 × 10ⁿ m) that fits into `maxPixels` at `pixelsPerRadian` (Mercator) and the latitude. */
export function scaleBar(pixelsPerRadian: number, lat: number, maxPixels: number): { metres: number; pixels: number } | null {
	if (!(pixelsPerRadian > 0)) return null;
	const metresPerPixel = (EARTH_RADIUS * Math.cos((lat * Math.PI) / 180)) / pixelsPerRadian;
	const longest = metresPerPixel * maxPixels;
	const magnitude = 10 ** Math.floor(Math.log10(longest));
	const metres = [5, 2, 1].map((f) => f * magnitude).find((m) => m <= longest) ?? magnitude;
	return { metres, pixels: round(metres / metresPerPixel) };
}

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Projects points (Web Mercator, like the interactive map) into a width × height drawing with a
 * margin, north up, keeping the proportions. Drawn on the server: no tiles, no JavaScript.
 */
export function projection(points: { lat: number; lng: number }[], width: number, height: number, margin = 30) {
	const xs = points.map((p) => p.lng);
	const ys = points.map((p) => mercatorY(p.lat));
	const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	// Degrees of longitude and Mercator units share a scale once longitude is in radians.
	const spanX = ((maxX - minX) * Math.PI) / 180;
	const spanY = maxY - minY;
	const scale = Math.min(spanX ? (width - 2 * margin) / spanX : Infinity, spanY ? (height - 2 * margin) / spanY : Infinity);
	const s = Number.isFinite(scale) ? scale : 0;
	// Centre the drawing on the points' box.
	const offsetX = (width - spanX * s) / 2;
	const offsetY = (height - spanY * s) / 2;
	const project = (lat: number, lng: number): [number, number] => [round(offsetX + (((lng - minX) * Math.PI) / 180) * s), round(height - offsetY - (mercatorY(lat) - minY) * s)];
	// Pixels per radian of longitude, for the scale bar; 0 for a single point.
	return Object.assign(project, { pixelsPerRadian: s });
}

/** The polygons of a district outline, in GeoJSON's [lng, lat] order; none for anything else. */
function polygonsOf(geometry: unknown): [number, number][][][] {
	if (!isDistrictGeometry(geometry)) return [];
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function areaPath(geometry: unknown, project: (lat: number, lng: number) => [number, number]): { d: string; x: number; y: number } | null {
	const polygons = polygonsOf(geometry);
	if (!polygons.length) return null;
	const rings = polygons.flat();
	const d = rings.map((ring) => 'M' + ring.map(([lng, lat]) => project(lat, lng).join(' ')).join('L') + 'Z').join('');
	const outer = polygons[0][0];
	const centre = project(outer.reduce((s, p) => s + p[1], 0) / outer.length, outer.reduce((s, p) => s + p[0], 0) / outer.length);
	return { d, x: centre[0], y: centre[1] };
}

/**
 * A drawing of numbered markers (and the route between them, and district outlines), fitted to the
 * markers, or with `frameAreas` to the markers and the whole town, so that one place is not a lone dot.
 */
export function staticMap(
	points: { number: number; lat: number; lng: number }[],
	options: { width: number; height: number; route?: boolean; areas?: MapArea[]; frameAreas?: boolean }
): StaticMap | null {
	if (!points.length) return null;
	const outline = options.frameAreas
		? (options.areas ?? []).flatMap((a) =>
				polygonsOf(a.geometry)
					.flat(2)
					.map(([lng, lat]) => ({ lat, lng }))
			)
		: [];
	const project = projection([...points, ...outline], options.width, options.height);
	const markers = points.map((p) => {
		const [x, y] = project(p.lat, p.lng);
		return { number: p.number, x, y };
	});
	const areas = (options.areas ?? []).flatMap((a) => {
		const path = areaPath(a.geometry, project);
		return path ? [{ name: a.name, ...path }] : [];
	});
	return {
		width: options.width,
		height: options.height,
		markers,
		route: options.route && markers.length > 1 ? markers.map((m) => `${m.x},${m.y}`).join(' ') : null,
		areas,
		scale: scaleBar(project.pixelsPerRadian, points.reduce((sum, p) => sum + p.lat, 0) / points.length, options.width / 5)
	};
}
