import type { PageServerLoad } from './$types';
import { z } from 'zod';
import { listAccounts } from '$lib/server/core/accounts';

const ZQuery = z.object({
	q: z.string().trim().max(100).optional().catch(undefined),
	rolle: z.enum(['coordinator', 'partner', 'admin']).optional().catch(undefined),
	seite: z.coerce.number().int().min(1).max(10_000).optional().catch(1)
});

export const load: PageServerLoad = async ({ locals, url }) => {
	const query = ZQuery.parse(Object.fromEntries(url.searchParams));
	const list = await listAccounts(locals.ctx.db, locals.tenant.id, { q: query.q || undefined, role: query.rolle, page: query.seite });
	return { list, query };
};
