import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { confirmOrganisationCurrent, listStaleOrganisations } from '$lib/server/modules/directory';
import { formFields } from '$lib/server/core/http/guards';
import { translate } from '$lib/i18n';

export const load: PageServerLoad = async ({ locals }) => {
	const items = await listStaleOrganisations(locals.ctx);
	if (!items) error(403, { message: translate(locals.locale, 'error.forbidden'), code: 'forbidden' });
	return { items };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const { organisationId } = await formFields(request);
		const result = await confirmOrganisationCurrent(locals.ctx, organisationId ?? '');
		if (!result.ok) return fail(400, { message: result.error === 'not_found' ? 'error.not_found' : 'error.forbidden' });
		return { confirmed: true };
	}
};
