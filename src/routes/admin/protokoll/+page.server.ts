import type { PageServerLoad } from './$types';
import { z } from 'zod';
import { singleLine } from '$lib/server/core/validation';
import { showAuditLog } from '$lib/server/core/audit/show-audit-log';
import { valueOrError } from '$lib/server/core/http/results';
import { queryValues } from '$lib/server/core/http/query';

const day = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/)
	.optional()
	.catch(undefined);
const ZQuery = z.object({
	aktion: singleLine().max(60).optional().catch(undefined),
	person: singleLine().trim().max(254).optional().catch(undefined),
	von: day,
	bis: day,
	seite: z.coerce.number().int().min(1).max(100_000).optional().catch(1)
});

export const load: PageServerLoad = async ({ locals, url }) => {
	const query = ZQuery.parse(queryValues(url));
	const shown = await showAuditLog(locals.ctx, {
		action: query.aktion || undefined,
		person: query.person || undefined,
		from: query.von ? new Date(`${query.von}T00:00:00Z`) : undefined,
		to: query.bis ? new Date(`${query.bis}T23:59:59.999Z`) : undefined,
		page: query.seite
	});
	return { query, ...valueOrError(shown, locals.locale) };
};
