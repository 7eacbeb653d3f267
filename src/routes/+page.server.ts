import type { PageServerLoad } from './$types';
import { keepForVisitors } from '$lib/server/core/http/page-cache';
import { itemTopicsFor, navigationFor } from '$lib/server/core/navigation';

// The home page shows the town's settings and what the installed modules offer: the same for every visitor.
export const load: PageServerLoad = async ({ locals }) => {
	const offers = await navigationFor(locals.ctx, 'home', { items: true });
	// Kept until the data of the cards' items changes; items of other municipalities (a district's towns) change unannounced here.
	const topics = itemTopicsFor('home');
	const fromElsewhere = offers.some((offer) => offer.items.some((item) => item.absolute));
	if (topics && !fromElsewhere) keepForVisitors(locals, ...topics);
	return { offers };
};
