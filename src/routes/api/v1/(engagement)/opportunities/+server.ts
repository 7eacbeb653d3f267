import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { apiFailure, apiHandler, apiLocale, methodNotAllowed, readQuery } from '$lib/server/core/http/api';
import { apiOpportunityPage, searchOpportunities, ZOpportunitySearch } from '$lib/server/modules/engagement';

/** Published opportunities, searched and filtered like "Engagement finden", with facet counts. */
export const GET: RequestHandler = apiHandler(async (event) => {
	const locale = apiLocale(event);
	const parsed = readQuery(event, ZOpportunitySearch);
	if (!parsed.ok) return parsed.response;
	const ctx = { ...event.locals.ctx, locale };
	const result = await searchOpportunities(ctx, parsed.data);
	if (!result.ok) return apiFailure(locale, result);
	const withDistance = result.value.near === 'location' || result.value.near === 'postcode';
	return json(apiOpportunityPage(ctx.baseUrl, result.value, withDistance), { headers: { 'access-control-allow-origin': '*', vary: 'accept-language' } });
});

export const fallback: RequestHandler = methodNotAllowed('GET');
