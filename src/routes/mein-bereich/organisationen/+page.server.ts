import type { PageServerLoad } from './$types';
import { listMyOrganisations } from '$lib/server/modules/directory';
import { queryValue } from '$lib/server/core/http/query';
import { valueOrError } from '$lib/server/core/http/results';

export const load: PageServerLoad = async ({ locals, url }) => {
	const organisations = valueOrError(await listMyOrganisations(locals.ctx), locals.locale);
	// After an accepted invitation: named only if it is one of hers.
	const joined = organisations.find((o) => o.id === queryValue(url, 'angenommen')) ?? null;
	return { organisations, joined };
};
