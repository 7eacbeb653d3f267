import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { listMyApplications, withdrawMyApplication } from '$lib/server/modules/engagement';
import { formFields } from '$lib/server/core/http/guards';
import { queryValue } from '$lib/server/core/http/query';
import { statusOf, valueOrError } from '$lib/server/core/http/results';
import { confirmFirst, isConfirmed } from '$lib/components/forms/confirm';

export const load: PageServerLoad = async ({ locals, url }) => {
	const applications = valueOrError(await listMyApplications(locals.ctx), locals.locale);
	// Right after applying: named only if it is one of hers.
	const sent = applications.find((a) => a.id === queryValue(url, 'gesendet')) ?? null;
	return { applications, sent: sent ? { organisation: sent.organisation.name } : null };
};

export const actions: Actions = {
	withdraw: async ({ request, locals }) => {
		const fields = await formFields(request);
		const mine = valueOrError(await listMyApplications(locals.ctx), locals.locale).find((a) => a.id === fields.applicationId);
		if (!mine) return fail(404, { message: 'error.not_found' as const });
		if (!isConfirmed(fields))
			return confirmFirst({
				action: '?/withdraw',
				question: 'engagement.apply.withdraw_question',
				submit: 'engagement.apply.withdraw',
				params: { opportunity: mine.opportunity.title },
				consequences: [{ message: 'engagement.apply.withdraw_consequence' }],
				fields: { applicationId: mine.id }
			});
		const result = await withdrawMyApplication(locals.ctx, { applicationId: mine.id });
		if (!result.ok) return fail(statusOf(result.error).status, { message: result.error === 'not_active' ? ('engagement.apply.error_not_active' as const) : statusOf(result.error).message });
		return { withdrawn: true };
	}
};
