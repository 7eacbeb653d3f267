import type { PageServerLoad } from './$types';
import { listOpportunityApplications } from '$lib/server/modules/engagement';
import { valueOrError } from '$lib/server/core/http/results';

export const load: PageServerLoad = async ({ locals, params }) => ({
	organisationId: params.id,
	...valueOrError(await listOpportunityApplications(locals.ctx, { organisationId: params.id, opportunityId: params.angebot }), locals.locale)
});
