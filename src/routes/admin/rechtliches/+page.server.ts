import type { Actions, PageServerLoad } from './$types';
import { getLegalPage, legalKinds, updateLegalPage } from '$lib/server/core/legal';
import { formFields, requireTenantPermission } from '$lib/server/core/http/guards';
import { queryValue } from '$lib/server/core/http/query';
import { failAction } from '$lib/server/core/http/results';

export const load: PageServerLoad = async (event) => {
	requireTenantPermission(event, 'legal.edit');
	const { locals, url } = event;
	const kind = legalKinds.find((k) => k === queryValue(url, 'seite')) ?? 'imprint';
	const locale = queryValue(url, 'sprache') === 'en' ? 'en' : 'de';
	const page = await getLegalPage(locals.ctx.db, locals.tenant.id, kind, locale);
	return { kind, editLocale: locale, body: page?.locale === locale ? page.body : '' };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const fields = await formFields(request);
		const result = await updateLegalPage(locals.ctx, fields);
		if (!result.ok) return failAction(result, { values: fields });
		return { saved: true };
	}
};
