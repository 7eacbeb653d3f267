import type { PageServerLoad } from './$types';
import { z } from 'zod';
import { singleLine } from '$lib/server/core/validation';
import { showOutbox } from '$lib/server/core/mail/show-outbox';
import { valueOrError } from '$lib/server/core/http/results';
import { queryValues } from '$lib/server/core/http/query';

const ZQuery = z.object({
	an: singleLine().trim().max(254).optional().catch(undefined),
	seite: z.coerce.number().int().min(1).max(100_000).optional().catch(1)
});

export const load: PageServerLoad = async ({ locals, url }) => {
	const query = ZQuery.parse(queryValues(url));
	return { query, list: valueOrError(await showOutbox(locals.ctx, { to: query.an || undefined, page: query.seite }), locals.locale) };
};
