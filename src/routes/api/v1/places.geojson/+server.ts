import type { RequestHandler } from './$types';
import { apiHandler, apiLocale, methodNotAllowed } from '$lib/server/core/http/api';
import { sendDocument } from '$lib/server/core/http/cached-document';
import { placesGeoJsonDocument } from '$lib/server/modules/directory';
// The same filter as the Netzwerk page's download of this file.
import { downloadQuery } from '../../../netzwerk/daten/download';

/** Every located place of the published organisations the filter selects, as GeoJSON. */
export const GET: RequestHandler = apiHandler(async (event) => {
	const document = await placesGeoJsonDocument({ ...event.locals.ctx, locale: apiLocale(event) }, downloadQuery(event.url));
	return sendDocument(event.request, document, { 'content-type': 'application/geo+json', 'access-control-allow-origin': '*', vary: 'accept-language' });
});

export const fallback: RequestHandler = methodNotAllowed('GET');
