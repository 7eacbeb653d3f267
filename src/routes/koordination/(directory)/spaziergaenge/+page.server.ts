import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formFields, requireTenantPermission } from '$lib/server/core/http/guards';
import { createWalk, listWalks } from '$lib/server/modules/directory';
import { failAction } from '$lib/server/core/http/results';

export const load: PageServerLoad = async (event) => {
	requireTenantPermission(event, 'directory.manage');
	return { walks: await listWalks(event.locals.ctx.db, event.locals.tenant.id, { publishedOnly: false }) };
};

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const fields = await formFields(request);
		const result = await createWalk(locals.ctx, fields);
		if (!result.ok) return failAction(result, { values: fields });
		redirect(303, `${locals.basePath}/koordination/spaziergaenge/${result.value.id}?neu=1`);
	}
};
