import type { PageServerLoad } from './$types';
import { listWalks } from '$lib/server/modules/directory';

export const load: PageServerLoad = async ({ locals }) => ({
	walks: await listWalks(locals.ctx.db, locals.tenant.id, { publishedOnly: true })
});
