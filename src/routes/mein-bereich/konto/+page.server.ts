import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { changePassword, requestEmailChange, showOwnProfile, signOutEverywhere, updateProfile } from '$lib/server/core/accounts';
import { failAction, valueOrError } from '$lib/server/core/http/results';
import { formFields } from '$lib/server/core/http/guards';
import { limitAccountChange, rateLimitNotice } from '$lib/server/core/http/rate-limit';
import { clearSessionCookie, connectionIsSecure, LANGUAGE_COOKIE } from '$lib/server/core/http/session-cookie';

export const load: PageServerLoad = async ({ locals }) => ({ profile: valueOrError(await showOwnProfile(locals.ctx), locals.locale) });

export const actions: Actions = {
	profile: async ({ request, locals, cookies }) => {
		const fields = await formFields(request);
		const result = await updateProfile(locals.ctx, fields);
		if (!result.ok) return failAction(result, { form: 'profile', values: fields });
		// The chosen language applies at once, also over an earlier language switch.
		cookies.delete(LANGUAGE_COOKIE, { path: '/' });
		return { form: 'profile', saved: true };
	},
	email: async ({ request, locals }) => {
		const fields = await formFields(request);
		const values = { email: fields.email ?? '' };
		const attempt = await limitAccountChange(locals.tenant.id, locals.actor.accountId ?? '', () => requestEmailChange(locals.ctx, fields), { mails: true });
		if (attempt.limited) return fail(429, { form: 'email', values, ...rateLimitNotice(attempt) });
		const { result } = attempt;
		if (!result.ok) return failAction(result, { form: 'email', values });
		return { form: 'email', saved: true };
	},
	password: async ({ request, locals }) => {
		const fields = await formFields(request);
		const attempt = await limitAccountChange(locals.tenant.id, locals.actor.accountId ?? '', () => changePassword(locals.ctx, fields, locals.sessionToken ?? undefined));
		if (attempt.limited) return fail(429, { form: 'password', ...rateLimitNotice(attempt) });
		const { result } = attempt;
		if (!result.ok) return failAction(result, { form: 'password' });
		return { form: 'password', saved: true };
	},
	everywhere: async ({ locals, cookies, url }) => {
		await signOutEverywhere(locals.ctx);
		clearSessionCookie(cookies, locals.tenant, connectionIsSecure(url));
		redirect(303, `${locals.basePath}/anmelden?ueberall=1`);
	}
};
