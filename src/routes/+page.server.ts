import type { PageServerLoad } from './$types';
import { keepForVisitors } from '$lib/server/core/http/page-cache';
import { navigationFor } from '$lib/server/core/navigation';

// The home page shows the town's settings and what the installed modules offer: the same for every visitor.
export const load: PageServerLoad = async ({ locals }) => {
	keepForVisitors(locals);
	return { offers: await navigationFor(locals.ctx, 'home') };
};
