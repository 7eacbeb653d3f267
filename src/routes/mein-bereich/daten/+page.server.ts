import { redirect } from '@sveltejs/kit';
import type { Actions } from './$types';
import { deleteAccount } from '$lib/server/core/accounts';
import { formFields } from '$lib/server/core/http/guards';
import { clearSessionCookie, connectionIsSecure } from '$lib/server/core/http/session-cookie';
import { failAction } from '$lib/server/core/http/results';

export const actions: Actions = {
	delete: async ({ request, locals, cookies, url }) => {
		const fields = await formFields(request);
		const result = await deleteAccount(locals.ctx, fields);
		if (!result.ok) {
			return failAction(result);
		}
		clearSessionCookie(cookies, locals.tenant, connectionIsSecure(url));
		redirect(303, `${locals.basePath}/?geloescht=1`);
	}
};
