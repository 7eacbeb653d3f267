import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { registerAccount } from '$lib/server/core/accounts';
import { formFields } from '$lib/server/core/http/guards';
import { accountKey, addressKey, consumeRateLimits, rateLimitNotice, refundRateLimits, type LimitCheck } from '$lib/server/core/http/rate-limit';
import { failAction } from '$lib/server/core/http/results';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.account) redirect(303, `${locals.basePath}/mein-bereich`);
};

export const actions: Actions = {
	default: async ({ request, locals, getClientAddress }) => {
		const fields = await formFields(request);
		const values = { displayName: fields.displayName ?? '', email: fields.email ?? '' };
		const checks: LimitCheck[] = [
			['register', addressKey(getClientAddress())],
			['registerEmail', accountKey(locals.tenant.id, values.email)]
		];
		const limit = await consumeRateLimits(checks);
		if (!limit.ok) return fail(429, { values, ...rateLimitNotice(limit) });
		const result = await registerAccount(locals.ctx, { ...fields, locale: locals.locale });
		if (!result.ok) {
			// A typing mistake sends no mail: only attempts that send one count.
			if (result.error === 'invalid') await refundRateLimits(checks);
			return failAction(result, { values });
		}
		return { registered: true, email: values.email.trim().toLowerCase() };
	}
};
