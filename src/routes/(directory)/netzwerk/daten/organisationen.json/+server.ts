import type { RequestHandler } from './$types';
import { openOrganisations } from '$lib/server/modules/directory';
import { downloadHeaders, downloadQuery } from '$lib/server/modules/directory/open-data/download';

export const GET: RequestHandler = async (event) => {
	const { items, total } = await openOrganisations(event.locals.ctx, downloadQuery(event.url));
	return new Response(JSON.stringify({ items, total }), {
		headers: downloadHeaders('application/json', 'organisationen-{slug}.json', event.locals.tenant.slug)
	});
};
