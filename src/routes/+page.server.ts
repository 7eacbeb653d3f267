import type { PageServerLoad } from './$types';
import { keepForVisitors } from '$lib/server/core/http/page-cache';
import { navigationFor } from '$lib/server/core/navigation';

// The home page shows the town's settings and what the installed modules offer: the same for every visitor.
export const load: PageServerLoad = async ({ locals }) => {
	const offers = await navigationFor(locals.ctx, 'home', { items: true });
	// A card's current items (the newest opportunities) come from data no change topic announces yet: such a page is built anew.
	if (offers.every((offer) => offer.items.length === 0)) keepForVisitors(locals);
	return { offers };
};
