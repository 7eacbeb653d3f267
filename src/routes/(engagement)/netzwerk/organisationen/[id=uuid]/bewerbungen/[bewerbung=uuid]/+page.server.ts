import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { addApplicationNote, applicationStatuses, replyToApplication, setApplicationStatus, showApplication } from '$lib/server/modules/engagement';
import { formFields } from '$lib/server/core/http/guards';
import { queryValue } from '$lib/server/core/http/query';
import { failAction, valueOrError } from '$lib/server/core/http/results';

/** `?vorlage=<id>` puts a template's text into the reply, with greeting and sign-off, to be edited before sending. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const shown = valueOrError(await showApplication(locals.ctx, { organisationId: params.id, applicationId: params.bewerbung }), locals.locale);
	const template = shown.templates.find((t) => t.id === queryValue(url, 'vorlage'));
	const replyText = template ? translate(locals.locale, 'engagement.apply.reply_prefill', { name: shown.application.name, text: template.text, organisation: shown.organisation.name }) : '';
	return { ...shown, templateId: template?.id ?? '', replyText, statuses: applicationStatuses.filter((s) => s !== 'withdrawn') };
};

const failed = (result: Parameters<typeof failAction>[0], keep: Record<string, unknown>) =>
	result.error === 'withdrawn' ? fail(409, { ...keep, message: 'engagement.apply.error_withdrawn' as const }) : failAction(result, keep);

export const actions: Actions = {
	status: async ({ request, locals, params }) => {
		const values = await formFields(request);
		const result = await setApplicationStatus(locals.ctx, { ...values, organisationId: params.id, applicationId: params.bewerbung });
		if (!result.ok) return failed(result, { form: 'status', values });
		return { saved: 'engagement.apply.status_saved' as const };
	},
	note: async ({ request, locals, params }) => {
		const values = await formFields(request);
		const result = await addApplicationNote(locals.ctx, { ...values, organisationId: params.id, applicationId: params.bewerbung });
		if (!result.ok) return failed(result, { form: 'note', values });
		return { saved: 'engagement.apply.note_saved' as const };
	},
	reply: async ({ request, locals, params }) => {
		const values = await formFields(request);
		const result = await replyToApplication(locals.ctx, { ...values, organisationId: params.id, applicationId: params.bewerbung });
		if (!result.ok) return failed(result, { form: 'reply', values });
		return { saved: 'engagement.apply.reply_sent' as const };
	}
};
