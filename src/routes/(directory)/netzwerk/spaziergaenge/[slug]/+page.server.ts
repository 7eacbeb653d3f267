import type { PageServerLoad } from './$types';
import { mapTiles } from '$lib/server/core/http/map-tiles';
import { loadWalkPage } from './walk-page';

export const load: PageServerLoad = async (event) => {
	const data = await loadWalkPage(event, { width: 900, height: 560 });
	const { basePath } = event.locals;
	return {
		...data,
		markers: data.located.map((s) => ({ number: s.number, lat: s.lat, lng: s.lng, title: s.title, href: `${basePath}/netzwerk/organisationen/${s.organisationId}`, linkText: s.organisationName })),
		tiles: mapTiles(event.locals.tenant, new URL(event.locals.ctx.baseUrl))
	};
};
