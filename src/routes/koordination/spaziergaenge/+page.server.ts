import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formFields, requireTenantPermission } from '$lib/server/core/http/guards';
import { createWalk, listWalks } from '$lib/server/modules/directory';

export const load: PageServerLoad = async (event) => {
	requireTenantPermission(event, 'directory.manage');
	return { walks: await listWalks(event.locals.ctx.db, event.locals.tenant.id, { publishedOnly: false }) };
};

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const fields = await formFields(request);
		const result = await createWalk(locals.ctx, fields);
		if (!result.ok) return fail(result.error === 'forbidden' ? 403 : 400, { values: fields, fields: result.fields });
		redirect(303, `${locals.basePath}/koordination/spaziergaenge/${result.value.id}?neu=1`);
	}
};
