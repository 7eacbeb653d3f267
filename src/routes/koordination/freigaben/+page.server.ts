import type { Actions, PageServerLoad } from './$types';
import { decideModeration, listModeration } from '$lib/server/core/moderation';
import { formFields } from '$lib/server/core/http/guards';
import { failAction, valueOrError } from '$lib/server/core/http/results';
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
			return failAction(result, { itemId: values.itemId, values });
		}
		return { decided: values.decision };
	}
};
