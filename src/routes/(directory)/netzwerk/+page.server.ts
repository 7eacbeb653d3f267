import type { PageServerLoad } from './$types';
import { countOrganisations } from '$lib/server/modules/directory';

export const load: PageServerLoad = async ({ locals }) => {
	const { db, tenant } = locals.ctx;
	const { total, networkMembers } = await countOrganisations(db, tenant.id);
	return { organisations: total, members: networkMembers };
};
