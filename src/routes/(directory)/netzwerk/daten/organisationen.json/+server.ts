import type { RequestHandler } from './$types';
import { licenceOf, openOrganisationsDocument } from '$lib/server/modules/directory';
import { downloadHeaders, downloadQuery } from '$lib/server/modules/directory/open-data/download';

export const GET: RequestHandler = async (event) => {
	const document = await openOrganisationsDocument(event.locals.ctx, downloadQuery(event.url));
	return new Response(JSON.stringify(document), {
		headers: downloadHeaders('application/json', 'organisationen-{slug}.json', event.locals.tenant.slug, licenceOf(event.locals.ctx))
	});
};
