import type { Actions, PageServerLoad } from './$types';
import { berlinToday, logConsultation, showAdviceRequest, suggestOpportunity } from '$lib/server/modules/engagement';
import { formFields } from '$lib/server/core/http/guards';
import { failAction, valueOrError } from '$lib/server/core/http/results';

export const load: PageServerLoad = async ({ locals, params }) => ({
	...valueOrError(await showAdviceRequest(locals.ctx, { accountId: params.id }), locals.locale),
	today: berlinToday()
});

export const actions: Actions = {
	consultation: async ({ request, locals, params }) => {
		const fields = await formFields(request);
		const result = await logConsultation(locals.ctx, { ...fields, accountId: params.id });
		if (!result.ok) return failAction(result, { form: 'consultation', values: fields });
		return { form: 'consultation', saved: true };
	},
	suggest: async ({ request, locals, params }) => {
		const fields = await formFields(request);
		const result = await suggestOpportunity(locals.ctx, { ...fields, accountId: params.id });
		if (!result.ok) return failAction(result, { form: 'suggest', values: fields });
		return { form: 'suggest', saved: true };
	}
};
