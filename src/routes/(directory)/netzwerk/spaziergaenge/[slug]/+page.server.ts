import type { PageServerLoad } from './$types';
import { mapTiles } from '$lib/server/core/http/map-tiles';
import { loadWalkPage } from './walk-page';
import { browserMessages } from '$lib/i18n/browser-messages';

// The walk's map is drawn in the browser: this page keeps its JavaScript.
export const csr = true;

export const load: PageServerLoad = async (event) => {
	const data = await loadWalkPage(event, { width: 900, height: 560 });
	const { basePath } = event.locals;
	return {
		...data,
		markers: data.located.map((s) => ({
			number: s.number,
			lat: s.lat,
			lng: s.lng,
			title: s.title,
			href: `${basePath}/netzwerk/organisationen/${s.organisationId}`,
			linkText: s.organisationName,
			street: s.street,
			postcode: s.postcode,
			city: s.city,
			openingHours: s.openingHours
		})),
		tiles: mapTiles(event.locals.tenant, new URL(event.locals.ctx.baseUrl)),
		messages: browserMessages(event.locals.locale, ['map.', 'place.'])
	};
};
