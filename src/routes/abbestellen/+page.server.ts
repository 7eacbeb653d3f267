import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { describeUnsubscribe, unsubscribe } from '$lib/server/core/notifications';
import { formFields } from '$lib/server/core/http/guards';
import { queryValue } from '$lib/server/core/http/query';

/** The link in a mail: the page asks first, so a link opened by a mail scanner changes nothing. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const token = queryValue(url, 'token') ?? '';
	return { token, view: await describeUnsubscribe(locals.ctx, token) };
};

export const actions: Actions = {
	// The page's button, and a mail program's one-click POST (RFC 8058) to the same address.
	default: async ({ request, locals, url }) => {
		const fields = await formFields(request);
		const result = await unsubscribe(locals.ctx, queryValue(url, 'token') ?? fields.token ?? '');
		if (!result.ok) return fail(400, { invalid: true });
		return { done: result.value.label };
	}
};
