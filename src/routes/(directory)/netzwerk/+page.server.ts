import type { PageServerLoad } from './$types';
import { countOrganisations, DIRECTORY_TOPIC } from '$lib/server/modules/directory';
import { keepForVisitors } from '$lib/server/core/http/page-cache';

export const load: PageServerLoad = async ({ locals }) => {
	keepForVisitors(locals, DIRECTORY_TOPIC);
	const { db, tenant } = locals.ctx;
	const { total, networkMembers } = await countOrganisations(db, tenant.id);
	return { organisations: total, members: networkMembers };
};
