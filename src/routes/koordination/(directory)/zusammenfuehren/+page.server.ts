import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { z } from 'zod';
import { singleLine, ZId } from '$lib/server/core/validation';
import { formFields, requireTenantPermission } from '$lib/server/core/http/guards';
import { compareOrganisations, findMergeCandidates, mergeOrganisations } from '$lib/server/modules/directory';
import { findOrganisation } from '$lib/server/core/organisations';
import { queryValues } from '$lib/server/core/http/query';
import { failAction, statusOf, valueOrError } from '$lib/server/core/http/results';

const ZQuery = z.object({
	q: singleLine().trim().max(100).optional().catch(undefined),
	duplikat: ZId.optional().catch(undefined),
	bleibt: ZId.optional().catch(undefined)
});

/** Search a duplicate and the organisation that stays (published or still waiting), compare them, then confirm. GET forms only, so it works without JavaScript. */
export const load: PageServerLoad = async (event) => {
	requireTenantPermission(event, 'directory.manage');
	const { locals, url } = event;
	const query = ZQuery.parse(queryValues(url));
	const { db } = locals.ctx;
	const [results, source, target] = await Promise.all([
		valueOrError(await findMergeCandidates(locals.ctx, { q: query.q ?? '' }), locals.locale),
		query.duplikat ? findOrganisation(db, locals.tenant.id, query.duplikat) : undefined,
		query.bleibt ? findOrganisation(db, locals.tenant.id, query.bleibt) : undefined
	]);
	const brief = (o: typeof source) => (o && o.status !== 'merged' ? { id: o.id, name: o.name, city: o.city, street: o.street, status: o.status } : null);
	const compared = source && target && source.id !== target.id ? await compareOrganisations(locals.ctx, { sourceId: source.id, targetId: target.id }) : null;
	return { query, results, source: brief(source), target: brief(target), comparison: compared?.ok ? compared.value : null };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const values = await formFields(request);
		const result = await mergeOrganisations(locals.ctx, values);
		if (!result.ok) return failAction(result, { message: result.fields?.targetId ?? result.fields?.sourceId ?? statusOf(result.error).message });
		redirect(303, `${locals.basePath}/netzwerk/organisationen/${result.value.targetId}/bearbeiten?zusammengefuehrt=1`);
	}
};
