import { requireTenantPermission } from '$lib/server/core/http/guards';
import type { PageServerLoad } from './$types';
import { z } from 'zod';
import { listMails } from '$lib/server/core/mail';

const ZQuery = z.object({
	an: z.string().trim().max(254).optional().catch(undefined),
	seite: z.coerce.number().int().min(1).max(100_000).optional().catch(1)
});

export const load: PageServerLoad = async (event) => {
	requireTenantPermission(event, 'mail.read');
	const { locals, url } = event;
	const query = ZQuery.parse(Object.fromEntries(url.searchParams));
	const list = await listMails(locals.ctx.db, locals.tenant.id, { to: query.an || undefined, page: query.seite });
	return {
		query,
		list: { ...list, rows: list.rows.map(({ htmlBody: _, textBody: __, ...row }) => row) }
	};
};
