import type { PageServerLoad } from './$types';
import { searchOrganisations } from '$lib/server/modules/directory';

export const load: PageServerLoad = async ({ locals }) => {
	const { db, tenant } = locals.ctx;
	const [all, members] = await Promise.all([searchOrganisations(db, tenant.id, {}, 1), searchOrganisations(db, tenant.id, { netzwerk: '1' }, 1)]);
	return { organisations: all.total, members: members.total };
};
