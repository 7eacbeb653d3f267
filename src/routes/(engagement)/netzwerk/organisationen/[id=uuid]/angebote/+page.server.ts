import type { PageServerLoad } from './$types';
import { requireSignIn } from '$lib/server/core/http/guards';
import { valueOrError } from '$lib/server/core/http/results';
import { findOrganisation } from '$lib/server/core/organisations';
import { listOrganisationOpportunities } from '$lib/server/modules/engagement';

export const load: PageServerLoad = async (event) => {
	requireSignIn(event);
	const { locals, params } = event;
	const listed = valueOrError(await listOrganisationOpportunities(locals.ctx, { organisationId: params.id }), locals.locale);
	const organisation = await findOrganisation(locals.ctx.db, locals.tenant.id, params.id);
	return { ...listed, organisation: { id: params.id, name: organisation?.name ?? '' } };
};
