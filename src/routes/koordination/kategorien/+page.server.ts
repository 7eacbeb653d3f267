import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formFields, requireTenantPermission } from '$lib/server/core/http/guards';
import { statusOf } from '$lib/server/core/http/results';
import { categoryUsage, createCategory, deleteCategory, listCategories, updateCategory } from '$lib/server/modules/directory';

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
		if (!result.ok) return fail(400, { form: 'new', values, fields: result.fields, message: 'error.invalid_form' });
		return { saved: 'categories.created' };
	},
	update: async ({ request, locals }) => {
		const values = await formFields(request);
		const result = await updateCategory(locals.ctx, values.id ?? '', values);
		if (!result.ok) return fail(statusOf(result.error).status, { form: values.id, values, fields: result.fields, message: statusOf(result.error).message });
		return { saved: 'categories.updated' };
	},
	delete: async ({ request, locals }) => {
		const { id } = await formFields(request);
		const result = await deleteCategory(locals.ctx, id ?? '');
		if (!result.ok) return fail(statusOf(result.error).status, { message: statusOf(result.error).message });
		return { saved: 'categories.deleted' };
	}
};
