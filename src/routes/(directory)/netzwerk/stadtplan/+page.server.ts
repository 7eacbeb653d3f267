import type { PageServerLoad } from './$types';
import { mapTiles } from '$lib/server/core/http/map-tiles';
import { loadMapPage } from './map-page';
import { browserMessages } from '$lib/i18n/browser-messages';
import { staticMap } from '$lib/server/modules/directory';

// The map is drawn in the browser: this page keeps its JavaScript (src/routes/+layout.ts turns it off elsewhere).
export const csr = true;

const PAGE_SIZE = 50;
/** The drawing shown instead of the interactive map without JavaScript; the page scales it. */
const DRAWING_SIZE = { width: 900, height: 700 };

export const load: PageServerLoad = async (event) => {
	const { locals } = event;
	const { places, areas, ...data } = await loadMapPage(event);
	const pages = Math.max(1, Math.ceil(places.length / PAGE_SIZE));
	const current = Math.min(data.query.seite ?? 1, pages);
	const organisationLink = (id: string) => `${locals.basePath}/netzwerk/organisationen/${id}`;
	return {
		...data,
		page: current,
		pageSize: PAGE_SIZE,
		list: places.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE),
		// The map gets every place of the filter (up to the limit), the list one page of them.
		shown: places.length,
		markers: places.map((p) => ({
			number: p.number,
			lat: p.lat,
			lng: p.lng,
			title: p.name,
			href: organisationLink(p.organisationId),
			linkText: p.organisationName,
			street: p.street,
			postcode: p.postcode,
			city: p.city,
			openingHours: p.openingHours
		})),
		areas: areas.map((a) => ({ name: a.name, geometry: a.geometry })),
		drawing: staticMap(places, { ...DRAWING_SIZE, areas, frameAreas: true }),
		tiles: mapTiles(locals.tenant, new URL(locals.ctx.baseUrl)),
		messages: browserMessages(locals.locale, ['map.', 'org.', 'place.', 'kind.', 'target.', 'lang.', 'access.', 'pager.'])
	};
};
