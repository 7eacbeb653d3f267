import type { PageServerLoad } from './$types';
import { z } from 'zod';
import { listMails } from '$lib/server/core/mail';
import { assertCan } from '$lib/server/core/permissions';

const ZQuery = z.object({
	an: z.string().trim().max(254).optional().catch(undefined),
	seite: z.coerce.number().int().min(1).max(100_000).optional().catch(1)
});

export const load: PageServerLoad = async ({ locals, url }) => {
	assertCan(locals.actor, 'mail.read', { kind: 'tenant', tenantId: locals.tenant.id });
	const query = ZQuery.parse(Object.fromEntries(url.searchParams));
	const list = await listMails(locals.ctx.db, locals.tenant.id, { to: query.an || undefined, page: query.seite });
	return {
		query,
		list: { ...list, rows: list.rows.map(({ htmlBody: _, textBody: __, ...row }) => row) }
	};
};
