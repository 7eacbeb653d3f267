import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireTenantPermission, formValues } from '$lib/server/core/http/guards';
import { can } from '$lib/server/core/permissions';
import { formVocabulary, listCategories, organisationInputFromForm, proposeOrganisation } from '$lib/server/modules/directory';
import { failAction } from '$lib/server/core/http/results';
import { localName } from '$lib/i18n/localised';

export const load: PageServerLoad = async (event) => {
	requireTenantPermission(event, 'organisation.create');
	const { locals } = event;
	const categories = await listCategories(locals.ctx.db, locals.tenant.id);
	return {
		categories: categories.map((c) => ({ id: c.id, label: localName(c, locals.locale) })),
		vocabulary: formVocabulary,
		staff: can(locals.actor, 'directory.manage', { kind: 'tenant', tenantId: locals.tenant.id })
	};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const values = await formValues(request);
		const result = await proposeOrganisation(locals.ctx, organisationInputFromForm(values));
		if (!result.ok) return failAction(result, { values });
		const notice = result.value.status === 'published' ? 'angelegt' : 'vorgeschlagen';
		redirect(303, `${locals.basePath}/netzwerk/organisationen/${result.value.organisationId}/bearbeiten?${notice}=1`);
	}
};
