import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { markNotificationsRead, showNotifications, showNotificationSettings, updateNotificationSettings } from '$lib/server/core/notifications';
import { formFields } from '$lib/server/core/http/guards';
import { queryValue } from '$lib/server/core/http/query';
import { valueOrError } from '$lib/server/core/http/results';

export const load: PageServerLoad = async ({ locals, url }) => {
	const [list, settings] = await Promise.all([showNotifications(locals.ctx, Number(queryValue(url, 'seite') ?? 1)), showNotificationSettings(locals.ctx)]);
	return { list: valueOrError(list, locals.locale), settings: valueOrError(settings, locals.locale) };
};

export const actions: Actions = {
	settings: async ({ request, locals }) => {
		const fields = await formFields(request);
		const result = await updateNotificationSettings(locals.ctx, fields);
		if (!result.ok) return fail(result.error === 'forbidden' ? 403 : 400, { form: 'settings', values: fields, fields: result.fields, message: 'error.invalid_form' });
		return { form: 'settings', saved: true };
	},
	read: async ({ request, locals }) => {
		const result = await markNotificationsRead(locals.ctx, await formFields(request));
		if (!result.ok) return fail(result.error === 'forbidden' ? 403 : 400, { form: 'read', message: 'error.invalid_form' });
		return { form: 'read', marked: result.value.marked };
	}
};
