import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { ageBands, applyForOpportunity, showApplicationForm } from '$lib/server/modules/engagement';
import { formFields } from '$lib/server/core/http/guards';
import { accountKey, addressKey, consumeRateLimits, rateLimitNotice } from '$lib/server/core/http/rate-limit';
import { failAction, valueOrError } from '$lib/server/core/http/results';

export const load: PageServerLoad = async ({ locals, params }) => ({ ...valueOrError(await showApplicationForm(locals.ctx, { opportunityId: params.id }), locals.locale), ageBands });

export const actions: Actions = {
	default: async ({ request, locals, params, getClientAddress }) => {
		const values = await formFields(request);
		// A guest's application mails a link to the address typed: limited like the other "send me a link" forms.
		if (!locals.actor.accountId) {
			const limit = await consumeRateLimits([
				['mailLinkAddress', addressKey(getClientAddress())],
				['mailLinkEmail', accountKey(locals.tenant.id, values.email ?? '')]
			]);
			if (!limit.ok) return fail(429, { values, ...rateLimitNotice(limit) });
		}
		const result = await applyForOpportunity(locals.ctx, { ...values, opportunityId: params.id });
		if (!result.ok) {
			if (result.error === 'already_applied') return fail(409, { values, message: 'engagement.apply.already' as const });
			return failAction(result, { values });
		}
		if (!result.value.guest) redirect(303, `${locals.basePath}/mein-bereich/bewerbungen?gesendet=${result.value.id}`);
		return { sent: true, email: (values.email ?? '').trim().toLowerCase() };
	}
};
