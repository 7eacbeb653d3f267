import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { signOut } from '$lib/server/core/accounts';
import { clearSessionCookie, connectionIsSecure } from '$lib/server/core/http/session-cookie';

export const load: PageServerLoad = ({ locals }) => {
	if (!locals.account) redirect(303, `${locals.basePath}/`);
};

export const actions: Actions = {
	default: async ({ locals, cookies, url }) => {
		if (locals.sessionToken) await signOut(locals.ctx, locals.sessionToken);
		clearSessionCookie(cookies, locals.tenant, connectionIsSecure(url));
		redirect(303, `${locals.basePath}/?abgemeldet=1`);
	}
};
