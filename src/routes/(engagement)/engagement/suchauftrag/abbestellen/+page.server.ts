import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { describeSavedSearchLink, stopSavedSearch } from '$lib/server/modules/engagement';
import { formFields } from '$lib/server/core/http/guards';
import { queryValue } from '$lib/server/core/http/query';

/** The stop link in every mail of a saved search: no account needed, the page asks before it deletes. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const token = queryValue(url, 'token') ?? '';
	const view = await describeSavedSearchLink(locals.ctx, { token, link: 'stop' });
	return { token, view: view.ok ? view.value : null };
};

export const actions: Actions = {
	// The page's button, and a one-click POST (RFC 8058) to the same address with the token in it.
	default: async ({ request, locals, url }) => {
		const fields = await formFields(request);
		const result = await stopSavedSearch(locals.ctx, { token: queryValue(url, 'token') ?? fields.token ?? '' });
		if (!result.ok) return fail(400, { invalid: true });
		return { stopped: true };
	}
};
