import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { isLocale } from '$lib/i18n';
import { formFields } from '$lib/server/core/http/guards';
import { safeNext } from '$lib/server/core/http/safe-next';
import { connectionIsSecure, LANGUAGE_COOKIE } from '$lib/server/core/http/session-cookie';
import { setAccountLocale } from '$lib/server/core/accounts';

export const load: PageServerLoad = ({ locals }) => redirect(303, `${locals.basePath}/`);

export const actions: Actions = {
	default: async ({ request, cookies, locals, url }) => {
		const fields = await formFields(request);
		const locale = isLocale(fields.locale) ? fields.locale : 'de';
		cookies.set(LANGUAGE_COOKIE, locale, { path: '/', httpOnly: true, sameSite: 'lax', secure: connectionIsSecure(url), maxAge: 365 * 24 * 3600 });
		await setAccountLocale({ ...locals.ctx, locale }, locale);
		redirect(303, safeNext(fields.next ?? null, `${locals.basePath}/`));
	}
};
