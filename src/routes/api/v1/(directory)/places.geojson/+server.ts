import type { RequestHandler } from './$types';
import { apiHandler, apiLocale, methodNotAllowed, readQuery } from '$lib/server/core/http/api';
import { sendDocument } from '$lib/server/core/http/cached-document';
import { licenceOf, placesGeoJsonDocument, ZDirectoryFilters } from '$lib/server/modules/directory';
import { licenceLinkHeader } from '$lib/server/core/tenants';

/** Every located place of the published organisations the filter selects, as GeoJSON. */
export const GET: RequestHandler = apiHandler(async (event) => {
	const filters = readQuery(event, ZDirectoryFilters);
	if (!filters.ok) return filters.response;
	const ctx = { ...event.locals.ctx, locale: apiLocale(event) };
	const document = await placesGeoJsonDocument(ctx, filters.data);
	return sendDocument(event.request, document, { 'content-type': 'application/geo+json', 'access-control-allow-origin': '*', vary: 'accept-language', link: licenceLinkHeader(licenceOf(ctx)) });
});

export const fallback: RequestHandler = methodNotAllowed('GET');
