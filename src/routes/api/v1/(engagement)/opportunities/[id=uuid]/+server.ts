import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { apiFailure, apiHandler, apiLocale, methodNotAllowed } from '$lib/server/core/http/api';
import { apiOpportunityDetail, showPublishedOpportunity } from '$lib/server/modules/engagement';

/** One published opportunity; anything else (unknown, draft, paused, filled, expired, archived) is not found. */
export const GET: RequestHandler = apiHandler(async (event) => {
	const locale = apiLocale(event);
	const ctx = { ...event.locals.ctx, locale };
	const result = await showPublishedOpportunity(ctx, { opportunityId: event.params.id });
	if (!result.ok) return apiFailure(locale, result);
	return json(apiOpportunityDetail(ctx.baseUrl, result.value), { headers: { 'access-control-allow-origin': '*', vary: 'accept-language' } });
});

export const fallback: RequestHandler = methodNotAllowed('GET');
