import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createReplyTemplate, deleteReplyTemplate, listReplyTemplates, updateReplyTemplate } from '$lib/server/modules/engagement';
import { formFields } from '$lib/server/core/http/guards';
import { failAction, statusOf, valueOrError } from '$lib/server/core/http/results';
import { confirmFirst, isConfirmed } from '$lib/components/forms/confirm';

export const load: PageServerLoad = async ({ locals, params }) => valueOrError(await listReplyTemplates(locals.ctx, { organisationId: params.id }), locals.locale);

export const actions: Actions = {
	create: async ({ request, locals, params }) => {
		const values = await formFields(request);
		const result = await createReplyTemplate(locals.ctx, { ...values, organisationId: params.id });
		if (!result.ok) return failAction(result, { form: 'new', values });
		return { saved: 'engagement.apply.template_saved' as const };
	},
	update: async ({ request, locals, params }) => {
		const values = await formFields(request);
		const result = await updateReplyTemplate(locals.ctx, { ...values, organisationId: params.id });
		if (!result.ok) return failAction(result, { form: values.templateId ?? '', values });
		return { saved: 'engagement.apply.template_saved' as const };
	},
	delete: async ({ request, locals, params }) => {
		const fields = await formFields(request);
		const listed = valueOrError(await listReplyTemplates(locals.ctx, { organisationId: params.id }), locals.locale);
		const template = listed.templates.find((t) => t.id === fields.templateId);
		if (!template) return fail(404, { message: 'error.not_found' as const });
		if (!isConfirmed(fields))
			return confirmFirst({
				action: '?/delete',
				question: 'engagement.apply.template_delete_question',
				submit: 'engagement.apply.template_delete',
				params: { name: template.name },
				consequences: [{ message: 'engagement.apply.template_delete_consequence' }],
				fields: { templateId: template.id }
			});
		const result = await deleteReplyTemplate(locals.ctx, { organisationId: params.id, templateId: template.id });
		if (!result.ok) return fail(statusOf(result.error).status, { message: statusOf(result.error).message });
		return { saved: 'engagement.apply.template_deleted' as const };
	}
};
