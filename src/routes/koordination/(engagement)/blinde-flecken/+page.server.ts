import type { PageServerLoad } from './$types';
import { BLIND_SPOTS_SHOWN, listBlindSpots, searchHref } from '$lib/server/modules/engagement';
import { valueOrError } from '$lib/server/core/http/results';
import { queryValue } from '$lib/server/core/http/query';

export const load: PageServerLoad = async ({ locals, url }) => {
	const asked = { von: queryValue(url, 'von') ?? '', bis: queryValue(url, 'bis') ?? '' };
	const result = await listBlindSpots(locals.ctx, asked);
	if (!result.ok && result.error === 'invalid') return { asked, fields: result.fields ?? {}, spots: null, shown: BLIND_SPOTS_SHOWN };
	const spots = valueOrError(result, locals.locale);
	return {
		asked: { von: spots.range.from, bis: spots.range.to },
		fields: {},
		shown: BLIND_SPOTS_SHOWN,
		spots: {
			...spots,
			words: spots.words.map((w) => ({ ...w, href: searchHref(w.words) })),
			filters: spots.filters.map(({ query, ...f }) => ({ ...f, href: searchHref('', query) }))
		}
	};
};
