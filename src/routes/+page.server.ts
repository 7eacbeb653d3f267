import type { PageServerLoad } from './$types';
import { keepForVisitors } from '$lib/server/core/http/page-cache';

// The home page shows the town's settings and the navigation only: the same for every visitor.
export const load: PageServerLoad = ({ locals }) => {
	keepForVisitors(locals);
};
