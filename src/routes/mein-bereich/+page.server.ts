import type { PageServerLoad } from './$types';
import { navigationFor } from '$lib/server/core/navigation';

export const load: PageServerLoad = async ({ locals }) => ({
	roles: locals.actor.roles,
	memberships: locals.actor.memberships.length,
	navigation: await navigationFor(locals.ctx, 'resident')
});
