import type { RequestHandler } from './$types';
import { apiLocale } from '$lib/server/core/http/api';
import { placesGeoJson, ZDirectoryQuery } from '$lib/server/modules/directory';

/** Every located place of the published organisations the filter selects, as GeoJSON. */
export const GET: RequestHandler = async (event) => {
	const query = { ...ZDirectoryQuery.parse(Object.fromEntries(event.url.searchParams)), seite: undefined };
	const geojson = await placesGeoJson({ ...event.locals.ctx, locale: apiLocale(event) }, query);
	return new Response(geojson, { headers: { 'content-type': 'application/geo+json', 'access-control-allow-origin': '*', vary: 'accept-language' } });
};
