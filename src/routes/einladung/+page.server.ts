import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireSignIn } from '$lib/server/core/http/guards';
import { acceptInvitation, describeInvitation } from '$lib/server/core/organisations';
import { queryValue } from '$lib/server/core/http/query';
import { failAction } from '$lib/server/core/http/results';

export const load: PageServerLoad = async ({ locals, url }) => {
	const token = queryValue(url, 'token') ?? '';
	return { invitation: await describeInvitation(locals.ctx, token), next: url.pathname + url.search };
};

export const actions: Actions = {
	default: async (event) => {
		requireSignIn(event);
		const { locals, url } = event;
		const result = await acceptInvitation(locals.ctx, queryValue(url, 'token') ?? '');
		if (!result.ok) return failAction(result);
		// Meine Organisationen names it and shows what to do next.
		redirect(303, `${locals.basePath}/mein-bereich/organisationen?angenommen=${result.value.organisationId}`);
	}
};
