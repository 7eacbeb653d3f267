import type { Actions, PageServerLoad } from './$types';
import { deleteMySavedSearch, listMySavedSearches } from '$lib/server/modules/engagement';
import { failAction, valueOrError } from '$lib/server/core/http/results';
import { formFields } from '$lib/server/core/http/guards';

export const load: PageServerLoad = async ({ locals }) => ({ searches: valueOrError(await listMySavedSearches(locals.ctx), locals.locale) });

export const actions: Actions = {
	loeschen: async ({ request, locals }) => {
		const fields = await formFields(request);
		const result = await deleteMySavedSearch(locals.ctx, { savedSearchId: fields.id });
		if (!result.ok) return failAction(result);
		return { deleted: true };
	}
};
