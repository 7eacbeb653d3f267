import type { Actions, PageServerLoad } from './$types';
import { formValues, requireTenantPermission } from '$lib/server/core/http/guards';
import { failAction, valueOrError } from '$lib/server/core/http/results';
import { showEngagementSettings, updateEngagementSettings } from '$lib/server/modules/engagement';

export const load: PageServerLoad = async (event) => {
	requireTenantPermission(event, 'tenant.edit');
	const settings = valueOrError(await showEngagementSettings(event.locals.ctx), event.locals.locale);
	return { settings };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const values = await formValues(request);
		const result = await updateEngagementSettings(locals.ctx, values);
		if (!result.ok) return failAction(result, { values });
		return { saved: true, values };
	}
};
