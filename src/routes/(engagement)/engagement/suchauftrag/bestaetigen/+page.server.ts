import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { confirmSavedSearch, describeSavedSearchLink } from '$lib/server/modules/engagement';
import { formFields } from '$lib/server/core/http/guards';
import { queryValue } from '$lib/server/core/http/query';

/** A guest's confirmation link: the page asks first, so a link opened by a mail scanner confirms nothing. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const token = queryValue(url, 'token') ?? '';
	const view = await describeSavedSearchLink(locals.ctx, { token, link: 'confirm' });
	return { token, view: view.ok ? view.value : null };
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const fields = await formFields(request);
		const result = await confirmSavedSearch(locals.ctx, { token: fields.token ?? queryValue(url, 'token') ?? '' });
		if (!result.ok) return fail(400, { invalid: true });
		return { confirmed: result.value.frequency };
	}
};
