import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { commitments, saveSearch, searchFrequencies, searchOpportunities, welcomeGroups, ZOpportunitySearchPage } from '$lib/server/modules/engagement';
import { queryValues } from '$lib/server/core/http/query';
import { failAction, valueOrError } from '$lib/server/core/http/results';
import { formFields } from '$lib/server/core/http/guards';

export const load: PageServerLoad = async ({ locals, url }) => {
	// A plain form sends its empty fields too; the shareable address leaves them out (a form action's `/name` stays).
	if ([...url.searchParams].some(([name, v]) => v === '' && !name.startsWith('/'))) {
		const kept = [...url.searchParams].filter(([name, v]) => v !== '' || name.startsWith('/'));
		redirect(303, `${url.pathname}${kept.length ? `?${new URLSearchParams(kept)}` : ''}`);
	}
	const query = ZOpportunitySearchPage.parse(queryValues(url));
	const answer = valueOrError(await searchOpportunities(locals.ctx, query), locals.locale);
	return { query, answer, options: { commitments, targetGroups: welcomeGroups, frequencies: searchFrequencies, radii: [1, 2, 5, 10, 25, 50] } };
};

export const actions: Actions = {
	/** "Suche speichern": the search travels as its query string; a guest gives an address and confirms it. */
	speichern: async ({ request, locals }) => {
		const fields = await formFields(request);
		const query = Object.fromEntries(new URLSearchParams(fields.search ?? ''));
		const result = await saveSearch(locals.ctx, { query, frequency: fields.frequency, email: fields.email });
		const keep = { email: fields.email ?? '', frequency: fields.frequency ?? '' };
		if (!result.ok) return failAction(result, keep);
		return { saved: result.value.confirmed ? ('account' as const) : ('guest' as const), savedEmail: result.value.email };
	}
};
