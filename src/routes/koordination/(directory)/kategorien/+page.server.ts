import type { Actions, PageServerLoad } from './$types';
import { formFields, requireTenantPermission } from '$lib/server/core/http/guards';
import { failAction } from '$lib/server/core/http/results';
import { categoryUsage, createCategory, deleteCategory, describeCategoryDeletion, listCategories, updateCategory } from '$lib/server/modules/directory';
import { confirmFirst, isConfirmed } from '$lib/components/forms/confirm';
import { localName } from '$lib/i18n/localised';

export const load: PageServerLoad = async (event) => {
	requireTenantPermission(event, 'directory.manage');
	const { locals } = event;
	const [categories, usage] = await Promise.all([listCategories(locals.ctx.db, locals.tenant.id), categoryUsage(locals.ctx)]);
	return { categories: categories.map((c) => ({ ...c, used: usage.get(c.id) ?? 0 })) };
};

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const values = await formFields(request);
		const result = await createCategory(locals.ctx, values);
		if (!result.ok) return failAction(result, { form: 'new', values });
		return { form: 'new', saved: 'categories.created' };
	},
	update: async ({ request, locals }) => {
		const values = await formFields(request);
		const result = await updateCategory(locals.ctx, values);
		if (!result.ok) return failAction(result, { form: values.id, values });
		return { form: values.id, saved: 'categories.updated' };
	},
	delete: async ({ request, locals }) => {
		const fields = await formFields(request);
		const { id } = fields;
		if (!isConfirmed(fields)) {
			const found = await describeCategoryDeletion(locals.ctx, { id });
			if (!found.ok) return failAction(found);
			return confirmFirst({
				action: '?/delete',
				question: 'forms.category_question',
				submit: 'categories.delete',
				params: { name: localName(found.value, locals.locale) },
				consequences: [{ plural: 'forms.category_loses', count: found.value.organisations }, { message: 'forms.category_orgs_stay' }],
				fields: { id }
			});
		}
		const result = await deleteCategory(locals.ctx, { id });
		if (!result.ok) return failAction(result);
		return { saved: 'categories.deleted' };
	}
};
