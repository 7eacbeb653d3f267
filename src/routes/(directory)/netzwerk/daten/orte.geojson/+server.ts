import type { RequestHandler } from './$types';
import { licenceOf, placesGeoJsonDocument } from '$lib/server/modules/directory';
import { sendDocument } from '$lib/server/core/http/cached-document';
import { downloadHeaders, downloadQuery } from '$lib/server/modules/directory/open-data/download';

export const GET: RequestHandler = async (event) => {
	const document = await placesGeoJsonDocument(event.locals.ctx, downloadQuery(event.url));
	return sendDocument(event.request, document, downloadHeaders('application/geo+json', 'orte-{slug}.geojson', event.locals.tenant.slug, licenceOf(event.locals.ctx)));
};
