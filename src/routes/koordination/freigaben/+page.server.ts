import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { decideModeration, listModeration } from '$lib/server/core/moderation';
import { formFields } from '$lib/server/core/http/guards';
import { valueOrError } from '$lib/server/core/http/results';
import { queryValue } from '$lib/server/core/http/query';

export const load: PageServerLoad = async ({ locals, url }) => {
	const status = queryValue(url, 'status') === 'erledigt' ? 'approved' : 'open';
	const items = valueOrError(await listModeration(locals.ctx, status), locals.locale);
	return { items, showing: status };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const values = await formFields(request);
		const result = await decideModeration(locals.ctx, values);
		if (!result.ok) {
			const message = result.error === 'already_decided' ? 'moderation.already_decided' : result.error === 'invalid' ? 'error.invalid_form' : 'error.forbidden';
			return fail(400, { itemId: values.itemId, values, fields: result.fields, message });
		}
		return { decided: values.decision };
	}
};
