import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { confirmApplication, withdrawGuestApplication } from '$lib/server/modules/engagement';
import { formFields } from '$lib/server/core/http/guards';
import { queryValue } from '$lib/server/core/http/query';
import { statusOf } from '$lib/server/core/http/results';
import { confirmFirst, isConfirmed } from '$lib/components/forms/confirm';

/** The guest's link: the first visit confirms the address, every visit shows the application. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const token = queryValue(url, 'token') ?? '';
	const result = await confirmApplication(locals.ctx, { token });
	return result.ok ? { application: result.value, token } : { application: null, token: '' };
};

export const actions: Actions = {
	withdraw: async ({ request, locals, url }) => {
		const fields = await formFields(request);
		const token = fields.token ?? '';
		const found = await confirmApplication(locals.ctx, { token });
		if (!found.ok) return fail(400, { message: 'engagement.apply.invalid_link' as const });
		if (!isConfirmed(fields))
			return confirmFirst({
				action: `${url.pathname}?token=${encodeURIComponent(token)}&/withdraw`,
				question: 'engagement.apply.withdraw_question',
				submit: 'engagement.apply.withdraw',
				params: { opportunity: found.value.opportunity.title },
				consequences: [{ message: 'engagement.apply.withdraw_consequence' }],
				fields: { token }
			});
		const result = await withdrawGuestApplication(locals.ctx, { token });
		if (!result.ok) return fail(statusOf(result.error).status, { message: result.error === 'not_active' ? ('engagement.apply.error_not_active' as const) : statusOf(result.error).message });
		return { withdrawn: true };
	}
};
