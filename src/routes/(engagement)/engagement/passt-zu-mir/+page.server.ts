import type { PageServerLoad } from './$types';
import { describeMatch, kilometres, matchOpportunities } from '$lib/server/modules/engagement';
import { queryValue } from '$lib/server/core/http/query';
import { valueOrError } from '$lib/server/core/http/results';

export const load: PageServerLoad = async ({ locals, url }) => {
	const result = valueOrError(await matchOpportunities(locals.ctx, { seite: queryValue(url, 'seite') }), locals.locale);
	return {
		profile: result.profile,
		matches: {
			...result.matches,
			// The reasons in the page's language: parts from the catalogue, lists and numbers as the language writes them.
			items: result.matches.items.map((item) => ({
				id: item.id,
				title: item.title,
				organisation: item.organisation,
				commitment: item.commitment,
				online: item.online,
				districts: item.districts,
				score: item.score,
				distance: item.distanceKm === null ? null : kilometres(locals.locale, item.distanceKm),
				...describeMatch(locals.locale, item)
			}))
		}
	};
};
