import { fail } from '@sveltejs/kit';
import type { Actions } from './$types';
import { resendVerification } from '$lib/server/core/accounts';
import { formFields } from '$lib/server/core/http/guards';
import { consumeRateLimit } from '$lib/server/core/http/rate-limit';

export const actions: Actions = {
	default: async ({ request, locals, getClientAddress }) => {
		const fields = await formFields(request);
		const values = { email: fields.email ?? '' };
		const limit = await consumeRateLimit('passwordReset', `${getClientAddress()}|${values.email.trim().toLowerCase()}`);
		if (!limit.ok) return fail(429, { values, message: 'error.rate_limited', retryAfter: limit.retryAfterSeconds });
		const result = await resendVerification(locals.ctx, fields);
		if (!result.ok) return fail(400, { values, fields: result.fields });
		return { sent: true };
	}
};
