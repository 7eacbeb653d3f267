import type { PageServerLoad } from './$types';
import { z } from 'zod';
import { staticMap } from '$lib/server/modules/directory';
import { loadMapPage } from '../map-page';
import { queryValue } from '$lib/server/core/http/query';

const ZFormat = z.enum(['a4', 'a3']).catch('a4');

/** Landscape drawing proportions that fit the printable width of the paper. */
const sizes = { a4: { width: 1000, height: 640 }, a3: { width: 1400, height: 900 } } as const;

export const load: PageServerLoad = async (event) => {
	const format = ZFormat.parse(queryValue(event.url, 'format') ?? undefined);
	const { areas, ...data } = await loadMapPage(event);
	return {
		...data,
		format,
		drawing: staticMap(data.places, { ...sizes[format], areas }),
		printedAt: new Date().toISOString()
	};
};
