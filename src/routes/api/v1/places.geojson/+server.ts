import type { RequestHandler } from './$types';
import { apiHandler, apiLocale, methodNotAllowed } from '$lib/server/core/http/api';
import { sendDocument } from '$lib/server/core/http/cached-document';
import { licenceOf, placesGeoJsonDocument } from '$lib/server/modules/directory';
import { licenceLinkHeader } from '$lib/server/core/tenants';
// The same filter as the Netzwerk page's download of this file.
import { downloadQuery } from '../../../netzwerk/daten/download';

/** Every located place of the published organisations the filter selects, as GeoJSON. */
export const GET: RequestHandler = apiHandler(async (event) => {
	const ctx = { ...event.locals.ctx, locale: apiLocale(event) };
	const document = await placesGeoJsonDocument(ctx, downloadQuery(event.url));
	return sendDocument(event.request, document, { 'content-type': 'application/geo+json', 'access-control-allow-origin': '*', vary: 'accept-language', link: licenceLinkHeader(licenceOf(ctx)) });
});

export const fallback: RequestHandler = methodNotAllowed('GET');
