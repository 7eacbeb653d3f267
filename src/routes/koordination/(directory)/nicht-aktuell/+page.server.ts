import type { Actions, PageServerLoad } from './$types';
import { confirmOrganisationCurrent, listStaleOrganisations } from '$lib/server/modules/directory';
import { formFields } from '$lib/server/core/http/guards';
import { failAction, valueOrError } from '$lib/server/core/http/results';

export const load: PageServerLoad = async ({ locals }) => {
	const items = valueOrError(await listStaleOrganisations(locals.ctx), locals.locale);
	return { items };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const { organisationId } = await formFields(request);
		const result = await confirmOrganisationCurrent(locals.ctx, { organisationId });
		if (!result.ok) return failAction(result);
		return { confirmed: true };
	}
};
