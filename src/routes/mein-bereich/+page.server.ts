import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({
	roles: locals.actor.roles,
	memberships: locals.actor.memberships.length
});
