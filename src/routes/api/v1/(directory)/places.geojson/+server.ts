import type { RequestHandler } from './$types';
import { apiHandler, apiLocale, methodNotAllowed, readQuery } from '$lib/server/core/http/api';
import { sendDocument } from '$lib/server/core/http/cached-document';
import { placesGeoJsonDocument, ZDirectoryFilters } from '$lib/server/modules/directory';

/** Every located place of the published organisations the filter selects, as GeoJSON. */
export const GET: RequestHandler = apiHandler(async (event) => {
	const filters = readQuery(event, ZDirectoryFilters);
	if (!filters.ok) return filters.response;
	const document = await placesGeoJsonDocument({ ...event.locals.ctx, locale: apiLocale(event) }, filters.data);
	return sendDocument(event.request, document, { 'content-type': 'application/geo+json', 'access-control-allow-origin': '*', vary: 'accept-language' });
});

export const fallback: RequestHandler = methodNotAllowed('GET');
