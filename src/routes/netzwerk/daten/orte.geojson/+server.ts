import type { RequestHandler } from './$types';
import { placesGeoJson } from '$lib/server/modules/directory';
import { downloadHeaders, downloadQuery, openDataCtx } from '../download';

export const GET: RequestHandler = async (event) => {
	const geojson = await placesGeoJson(openDataCtx(event), downloadQuery(event.url));
	return new Response(geojson, { headers: downloadHeaders('application/geo+json', 'orte-{slug}.geojson', event.locals.tenant.slug) });
};
