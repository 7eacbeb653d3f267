import type { PageServerLoad } from './$types';
import { fieldErrors } from '$lib/server/core/validation';
import { embedCode, queryLists, ZWidgetQuery } from '$lib/server/modules/engagement';

/** How a club or the town embeds the Freiwilligenbörse: the filters chosen in the GET form give the code to copy. */
export const load: PageServerLoad = async ({ url, locals }) => {
	const parsed = ZWidgetQuery.safeParse(queryLists(url));
	const query = parsed.success ? parsed.data : ZWidgetQuery.parse({});
	const code = await embedCode(locals.ctx, query);
	return {
		code,
		chosen: { category: query.category[0] ?? '', district: query.district[0] ?? '', commitment: query.commitment[0] ?? '', online: query.online, limit: query.limit },
		fields: parsed.success ? undefined : Object.fromEntries(Object.entries(fieldErrors(parsed.error)).map(([name, key]) => [name.split('.')[0], key])),
		office: { email: locals.tenant.officeEmail, name: locals.tenant.officeName }
	};
};
