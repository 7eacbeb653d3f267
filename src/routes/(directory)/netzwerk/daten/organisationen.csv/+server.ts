import type { RequestHandler } from './$types';
import { licenceOf, openOrganisationsCsv } from '$lib/server/modules/directory';
import { downloadHeaders, downloadQuery } from '$lib/server/modules/directory/open-data/download';

export const GET: RequestHandler = async (event) => {
	const csv = await openOrganisationsCsv(event.locals.ctx, downloadQuery(event.url));
	return new Response(csv, { headers: downloadHeaders('text/csv; charset=utf-8', 'organisationen-{slug}.csv', event.locals.tenant.slug, licenceOf(event.locals.ctx)) });
};
