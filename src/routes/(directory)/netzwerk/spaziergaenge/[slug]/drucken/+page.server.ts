import type { PageServerLoad } from './$types';
import { loadWalkPage } from '../walk-page';
import { browserMessages } from '$lib/i18n/browser-messages';

// JavaScript only adds the print button; without it the page names the browser's print function.
export const csr = true;

export const load: PageServerLoad = async (event) => ({
	...(await loadWalkPage(event, { width: 1000, height: 700 })),
	printedAt: new Date().toISOString(),
	messages: browserMessages(event.locals.locale, ['map.', 'place.'])
});
