import type { Actions, PageServerLoad } from './$types';
import { showAccessibilityFeedback } from '$lib/server/core/legal';
import { answerAccessibilityFeedback } from '$lib/server/core/legal/answer-feedback';
import { failAction, valueOrError } from '$lib/server/core/http/results';
import { formFields } from '$lib/server/core/http/guards';

export const load: PageServerLoad = async ({ locals, params }) => valueOrError(await showAccessibilityFeedback(locals.ctx, params.id), locals.locale);

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const fields = await formFields(request);
		const result = await answerAccessibilityFeedback(locals.ctx, { ...fields, feedbackId: params.id });
		if (!result.ok) return failAction(result, { values: fields });
		return { saved: result.value.mailed ? 'feedback.saved_mailed' : 'feedback.saved' };
	}
};
