import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { loadLegalPage } from '$lib/server/core/legal/load-page';
import { submitAccessibilityFeedback } from '$lib/server/core/legal';
import { formFields } from '$lib/server/core/http/guards';
import { addressKey, consumeRateLimit, rateLimitNotice } from '$lib/server/core/http/rate-limit';
import { failAction } from '$lib/server/core/http/results';

export const load: PageServerLoad = ({ locals }) => loadLegalPage(locals.ctx, 'accessibility');

export const actions: Actions = {
	default: async ({ request, locals, getClientAddress }) => {
		const values = await formFields(request);
		const limit = await consumeRateLimit('feedback', addressKey(getClientAddress()));
		if (!limit.ok) return fail(429, { values, ...rateLimitNotice(limit) });
		const result = await submitAccessibilityFeedback(locals.ctx, values);
		if (!result.ok) return failAction(result, { values });
		return { sent: true };
	}
};
