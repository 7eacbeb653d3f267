import type { PageServerLoad } from './$types';
import { z } from 'zod';
import { singleLine } from '$lib/server/core/validation';
import { showAccounts } from '$lib/server/core/accounts';
import { valueOrError } from '$lib/server/core/http/results';
import { queryValues } from '$lib/server/core/http/query';

const ZQuery = z.object({
	q: singleLine().trim().max(100).optional().catch(undefined),
	rolle: z.enum(['coordinator', 'partner', 'admin']).optional().catch(undefined),
	seite: z.coerce.number().int().min(1).max(10_000).optional().catch(1)
});

export const load: PageServerLoad = async ({ locals, url }) => {
	const query = ZQuery.parse(queryValues(url));
	const list = valueOrError(await showAccounts(locals.ctx, { q: query.q || undefined, role: query.rolle, page: query.seite }), locals.locale);
	return { list, query };
};
