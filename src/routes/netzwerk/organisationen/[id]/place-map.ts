/**
 * The small map on an organisation's page: its located places, numbered in the order of the list
 * below it, for Leaflet and as a drawing for pages without JavaScript. null when no place is located.
 */
import type { Ctx } from '$lib/server/core/context';
import { mapTiles } from '$lib/server/core/http/map-tiles';
import { mapAreas, placesOf, staticMap, type MapArea, type OrganisationDetails } from '$lib/server/modules/directory';

/** The drawing's proportions (a town is rarely much wider than high); the page scales it. */
const SIZE = { width: 600, height: 450 };

export async function loadPlaceMap(ctx: Ctx, organisation: Pick<OrganisationDetails, 'id' | 'name' | 'places'>) {
	if (!organisation.places.some((p) => p.located)) return null;
	const [rows, areas] = await Promise.all([placesOf(ctx.db, ctx.tenant.id, [organisation.id]), mapAreas(ctx.db, ctx.tenant.id)]);
	const point = new Map(rows.map((r) => [r.id, r]));
	const markers = organisation.places
		.flatMap((p) => {
			const row = point.get(p.id);
			return row && row.lat !== null && row.lng !== null ? [{ placeId: p.id, lat: row.lat, lng: row.lng, title: p.name, linkText: organisation.name }] : [];
		})
		.map((marker, i) => ({ ...marker, number: i + 1 }));
	if (!markers.length) return null;
	// The drawing frames the whole town, so that a single place is not a lone dot in an empty box.
	const drawing = staticMap([...markers, ...townCorners(areas)], { ...SIZE, areas });
	return {
		markers,
		areas: areas.map((a) => ({ name: a.name, geometry: a.geometry })),
		tiles: mapTiles(ctx.tenant, new URL(ctx.baseUrl)),
		drawing: drawing && { ...drawing, markers: drawing.markers.filter((m) => m.number > 0) }
	};
}

/** Two unnumbered points at the corners of the districts' box (none without districts). */
function townCorners(areas: MapArea[]): { number: number; lat: number; lng: number }[] {
	let [south, west, north, east] = [90, 180, -90, -180];
	for (const area of areas) {
		// mapAreas only returns valid Polygons and MultiPolygons, in GeoJSON's [lng, lat] order.
		const geometry = area.geometry as { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
		const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as [number, number][][][];
		for (const [lng, lat] of polygons.flat(2)) {
			[south, north] = [Math.min(south, lat), Math.max(north, lat)];
			[west, east] = [Math.min(west, lng), Math.max(east, lng)];
		}
	}
	return north < south ? [] : [{ number: 0, lat: south, lng: west }, { number: 0, lat: north, lng: east }];
}
