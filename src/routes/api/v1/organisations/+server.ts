import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { apiError, apiHandler, apiLocale, methodNotAllowed } from '$lib/server/core/http/api';
import { fieldErrors } from '$lib/server/core/validation';
import { openOrganisationPage, ZOrganisationsApiQuery } from '$lib/server/modules/directory';
import { queryValues } from '$lib/server/core/http/query';
import { licenceLinkHeader } from '$lib/server/core/tenants';

/** Published organisations, filtered like the directory, one page at a time. */
export const GET: RequestHandler = apiHandler(async (event) => {
	const locale = apiLocale(event);
	const parsed = ZOrganisationsApiQuery.safeParse(queryValues(event.url));
	if (!parsed.success) return apiError(locale, 422, 'invalid', fieldErrors(parsed.error));
	const { page, pageSize, ...query } = parsed.data;
	const body = await openOrganisationPage({ ...event.locals.ctx, locale }, query, page, pageSize);
	return json(body, { headers: { 'access-control-allow-origin': '*', vary: 'accept-language', link: licenceLinkHeader(body.license) } });
});

export const fallback: RequestHandler = methodNotAllowed('GET');
