import type { PageServerLoad } from './$types';
import { loadWalkPage } from '../walk-page';

export const load: PageServerLoad = async (event) => ({
	...(await loadWalkPage(event, { width: 1000, height: 700 })),
	printedAt: new Date().toISOString()
});
