import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { apiError, apiHandler, apiLocale, methodNotAllowed } from '$lib/server/core/http/api';
import { openOrganisation } from '$lib/server/modules/directory';

/** One published organisation; anything else (unknown, not published, merged) is not found. */
export const GET: RequestHandler = apiHandler(async (event) => {
	const locale = apiLocale(event);
	const organisation = await openOrganisation({ ...event.locals.ctx, locale }, event.params.id);
	if (!organisation) return apiError(locale, 404, 'not_found');
	return json(organisation, { headers: { 'access-control-allow-origin': '*', vary: 'accept-language' } });
});

export const fallback: RequestHandler = methodNotAllowed('GET');
