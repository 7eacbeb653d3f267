import type { RequestHandler } from './$types';
import { translate } from '$lib/i18n';
import { fieldErrors } from '$lib/server/core/validation';
import { FEED_TYPE, opportunityFeed, queryLists, ZReachFilters } from '$lib/server/modules/engagement';

/** The Atom feed of new opportunities for the filters in the address (the search's names). */
export const GET: RequestHandler = async ({ url, locals }) => {
	const parsed = ZReachFilters.safeParse(queryLists(url));
	if (!parsed.success) {
		const [name, key] = Object.entries(fieldErrors(parsed.error))[0];
		return new Response(translate(locals.locale, 'reach.error.filter', { name: name.split('.')[0], message: translate(locals.locale, key) }), {
			status: 400,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	return new Response(await opportunityFeed(locals.ctx, parsed.data), {
		headers: { 'content-type': `${FEED_TYPE}; charset=utf-8`, 'cache-control': 'public, max-age=300', vary: 'accept-language, cookie', 'access-control-allow-origin': '*' }
	});
};
