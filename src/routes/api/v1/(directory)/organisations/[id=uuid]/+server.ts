import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { apiError, apiHandler, apiLocale, methodNotAllowed } from '$lib/server/core/http/api';
import { DIRECTORY_TOPIC, licenceOf, openOrganisation } from '$lib/server/modules/directory';
import { keepForVisitors } from '$lib/server/core/http/page-cache';
import { licenceLinkHeader } from '$lib/server/core/tenants';

/** One published organisation; anything else (unknown, not published, merged) is not found. */
export const GET: RequestHandler = apiHandler(async (event) => {
	keepForVisitors(event.locals, DIRECTORY_TOPIC);
	const locale = apiLocale(event);
	const ctx = { ...event.locals.ctx, locale };
	const organisation = await openOrganisation(ctx, event.params.id);
	if (!organisation) return apiError(locale, 404, 'not_found');
	// One organisation has no place for metadata: its licence travels as a Link header.
	return json(organisation, { headers: { 'access-control-allow-origin': '*', vary: 'accept-language', link: licenceLinkHeader(licenceOf(ctx)) } });
});

export const fallback: RequestHandler = methodNotAllowed('GET');
