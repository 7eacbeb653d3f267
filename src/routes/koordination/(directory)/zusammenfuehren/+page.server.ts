import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { z } from 'zod';
import { singleLine, ZId } from '$lib/server/core/validation';
import { formFields, requireTenantPermission } from '$lib/server/core/http/guards';
import { mergeOrganisations, searchOrganisations } from '$lib/server/modules/directory';
import { findOrganisation } from '$lib/server/core/organisations';
import { queryValues } from '$lib/server/core/http/query';
import { failAction, statusOf } from '$lib/server/core/http/results';

const ZQuery = z.object({
	q: singleLine().trim().max(100).optional().catch(undefined),
	duplikat: ZId.optional().catch(undefined),
	bleibt: ZId.optional().catch(undefined)
});

/** Search a duplicate and the organisation that stays, then confirm. GET forms only, so it works without JavaScript. */
export const load: PageServerLoad = async (event) => {
	requireTenantPermission(event, 'directory.manage');
	const { locals, url } = event;
	const query = ZQuery.parse(queryValues(url));
	const { db } = locals.ctx;
	const [results, source, target] = await Promise.all([
		query.q ? searchOrganisations(db, locals.tenant.id, { q: query.q }, 30) : null,
		query.duplikat ? findOrganisation(db, locals.tenant.id, query.duplikat) : undefined,
		query.bleibt ? findOrganisation(db, locals.tenant.id, query.bleibt) : undefined
	]);
	const brief = (o: typeof source) => (o && o.status !== 'merged' ? { id: o.id, name: o.name, city: o.city, street: o.street } : null);
	return { query, results: results?.items ?? [], source: brief(source), target: brief(target) };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const values = await formFields(request);
		const result = await mergeOrganisations(locals.ctx, values);
		if (!result.ok) return failAction(result, { message: result.fields?.targetId ?? result.fields?.sourceId ?? statusOf(result.error).message });
		redirect(303, `${locals.basePath}/netzwerk/organisationen/${result.value.targetId}/bearbeiten?zusammengefuehrt=1`);
	}
};
