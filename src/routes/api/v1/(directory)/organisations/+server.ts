import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { apiHandler, apiLocale, methodNotAllowed, readQuery } from '$lib/server/core/http/api';
import { DIRECTORY_TOPIC, openOrganisationPage, ZOrganisationsApiQuery } from '$lib/server/modules/directory';
import { keepForVisitors } from '$lib/server/core/http/page-cache';
import { licenceLinkHeader } from '$lib/server/core/tenants';

/** Published organisations, filtered like the directory, one page at a time. */
export const GET: RequestHandler = apiHandler(async (event) => {
	keepForVisitors(event.locals, DIRECTORY_TOPIC);
	const locale = apiLocale(event);
	const parsed = readQuery(event, ZOrganisationsApiQuery);
	if (!parsed.ok) return parsed.response;
	const { page, pageSize, ...query } = parsed.data;
	const body = await openOrganisationPage({ ...event.locals.ctx, locale }, query, page, pageSize);
	return json(body, { headers: { 'access-control-allow-origin': '*', vary: 'accept-language', link: licenceLinkHeader(body.license) } });
});

export const fallback: RequestHandler = methodNotAllowed('GET');
