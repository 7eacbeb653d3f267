import type { Actions, PageServerLoad } from './$types';
import { peekEmailToken, resetPassword } from '$lib/server/core/accounts';
import { formFields } from '$lib/server/core/http/guards';
import { queryValue } from '$lib/server/core/http/query';
import { accountKey, resetRateLimit } from '$lib/server/core/http/rate-limit';
import { failAction } from '$lib/server/core/http/results';

export const load: PageServerLoad = async ({ locals, url }) => {
	const token = queryValue(url, 'token') ?? '';
	return { token, valid: token.length > 10 && !!(await peekEmailToken(locals.ctx.db, locals.tenant.id, token, 'reset_password')) };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const fields = await formFields(request);
		const result = await resetPassword(locals.ctx, fields);
		if (!result.ok) {
			return failAction(result);
		}
		// Whoever holds the mailbox may try the new password at once, even after someone else's guesses.
		await resetRateLimit('signInAccount', accountKey(locals.tenant.id, result.value.email));
		return { done: true };
	}
};
