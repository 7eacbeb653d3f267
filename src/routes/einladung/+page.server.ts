import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { acceptInvitation, describeInvitation } from '$lib/server/modules/directory';

export const load: PageServerLoad = async ({ locals, url }) => {
	const token = url.searchParams.get('token') ?? '';
	return { token, invitation: await describeInvitation(locals.ctx, token), signedIn: !!locals.account, next: url.pathname + url.search };
};

export const actions: Actions = {
	default: async ({ locals, url }) => {
		const token = url.searchParams.get('token') ?? '';
		if (!locals.account) redirect(303, `${locals.basePath}/anmelden?next=${encodeURIComponent(url.pathname + url.search)}`);
		const result = await acceptInvitation(locals.ctx, token);
		if (!result.ok) return fail(400, { message: result.error === 'wrong_account' ? 'invitation.wrong_account' : 'error.invalid_token' });
		redirect(303, `${locals.basePath}/netzwerk/organisationen/${result.value.organisationId}/bearbeiten`);
	}
};
