import type { RequestHandler } from './$types';
import { apiLocale } from '$lib/server/core/http/api';
import { sendDocument } from '$lib/server/core/http/cached-document';
import { placesGeoJsonDocument, ZDirectoryQuery } from '$lib/server/modules/directory';

/** Every located place of the published organisations the filter selects, as GeoJSON. */
export const GET: RequestHandler = async (event) => {
	const query = { ...ZDirectoryQuery.parse(Object.fromEntries(event.url.searchParams)), seite: undefined };
	const document = await placesGeoJsonDocument({ ...event.locals.ctx, locale: apiLocale(event) }, query);
	return sendDocument(event.request, document, { 'content-type': 'application/geo+json', 'access-control-allow-origin': '*', vary: 'accept-language' });
};
