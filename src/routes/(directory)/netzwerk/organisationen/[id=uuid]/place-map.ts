/**
 * The small map on an organisation's page: its located places, numbered in the order of the list
 * below it, for Leaflet and as a drawing for pages without JavaScript. null when no place is located.
 */
import type { Ctx } from '$lib/server/core/context';
import { mapTiles } from '$lib/server/core/http/map-tiles';
import { mapAreas, staticMap, type OrganisationDetails } from '$lib/server/modules/directory';

/** The drawing's proportions (a town is rarely much wider than high); the page scales it. */
const SIZE = { width: 600, height: 450 };

export async function loadPlaceMap(ctx: Ctx, organisation: Pick<OrganisationDetails, 'name' | 'places'>) {
	const markers = organisation.places
		.flatMap((p) =>
			p.lat !== null && p.lng !== null
				? [{ placeId: p.id, lat: p.lat, lng: p.lng, title: p.name, linkText: organisation.name, street: p.street, postcode: p.postcode, city: p.city, openingHours: p.openingHours }]
				: []
		)
		.map((marker, i) => ({ ...marker, number: i + 1 }));
	if (!markers.length) return null;
	const areas = await mapAreas(ctx.db, ctx.tenant.id);
	return {
		markers,
		areas: areas.map((a) => ({ name: a.name, geometry: a.geometry })),
		tiles: mapTiles(ctx.tenant, new URL(ctx.baseUrl)),
		drawing: staticMap(markers, { ...SIZE, areas, frameAreas: true })
	};
}
