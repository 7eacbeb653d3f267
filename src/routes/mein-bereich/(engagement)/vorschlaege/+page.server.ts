import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { answerSuggestion, listMySuggestions, setAdviceConsent } from '$lib/server/modules/engagement';
import { formFields } from '$lib/server/core/http/guards';
import { failAction, valueOrError } from '$lib/server/core/http/results';

export const load: PageServerLoad = async ({ locals }) => valueOrError(await listMySuggestions(locals.ctx), locals.locale);

export const actions: Actions = {
	answer: async ({ request, locals }) => {
		const { suggestionId, answer } = await formFields(request);
		const result = await answerSuggestion(locals.ctx, { suggestionId, answer });
		if (!result.ok) return failAction(result, result.error === 'gone' ? { suggestionId, message: 'engagement.broker.gone' as const } : { suggestionId });
		// Accepting leads on to the opportunity's "Ich habe Interesse", where the person writes to the organisation.
		if (result.value.status === 'accepted') redirect(303, `${locals.basePath}/engagement/${result.value.opportunityId}/interesse`);
		return { declined: true };
	},
	advice: async ({ request, locals }) => {
		const { wantsAdvice, consent } = await formFields(request);
		const result = await setAdviceConsent(locals.ctx, { wantsAdvice: wantsAdvice === 'true', ...(consent === 'on' ? { consent: true } : {}) });
		if (!result.ok) return failAction(result, { advice: true });
		return { advice: wantsAdvice === 'true' ? 'given' : 'withdrawn' };
	}
};
