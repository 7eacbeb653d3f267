import type { RequestHandler } from './$types';
import { placesGeoJsonDocument } from '$lib/server/modules/directory';
import { sendDocument } from '$lib/server/core/http/cached-document';
import { downloadHeaders, downloadQuery, openDataCtx } from '../download';

export const GET: RequestHandler = async (event) => {
	const document = await placesGeoJsonDocument(openDataCtx(event), downloadQuery(event.url));
	return sendDocument(event.request, document, downloadHeaders('application/geo+json', 'orte-{slug}.geojson', event.locals.tenant.slug));
};
