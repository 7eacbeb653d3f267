import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { signIn } from '$lib/server/core/accounts';
import { formFields } from '$lib/server/core/http/guards';
import { safeNext } from '$lib/server/core/http/safe-next';
import { limitSignIn, rateLimitNotice } from '$lib/server/core/http/rate-limit';
import { connectionIsSecure, setSessionCookie } from '$lib/server/core/http/session-cookie';
import { queryValue } from '$lib/server/core/http/query';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.account) redirect(303, `${locals.basePath}/mein-bereich`);
	return { next: queryValue(url, 'next') ?? '' };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url, getClientAddress }) => {
		const fields = await formFields(request);
		const values = { email: fields.email ?? '', next: fields.next ?? '' };
		const attempt = await limitSignIn(locals.tenant.id, getClientAddress(), values.email, () => signIn(locals.ctx, fields));
		if (attempt.limited) return fail(429, { values, ...rateLimitNotice(attempt) });
		const { result } = attempt;
		if (!result.ok) {
			const message = result.error === 'invalid' ? 'error.invalid_form' : `error.${result.error}`;
			return fail(result.error === 'invalid' ? 400 : 401, { values, fields: result.fields, message, unverified: result.error === 'unverified' });
		}
		setSessionCookie(cookies, locals.tenant, result.value.token, result.value.expiresAt, connectionIsSecure(url));
		redirect(303, safeNext(values.next, `${locals.basePath}/mein-bereich`));
	}
};
