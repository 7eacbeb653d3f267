import { requireTenantPermission } from '$lib/server/core/http/guards';
import type { PageServerLoad } from './$types';
import { z } from 'zod';
import { listAudit, listAuditActions } from '$lib/server/core/audit';
import { accountNames, findAccountByEmail } from '$lib/server/core/accounts';

const day = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/)
	.optional()
	.catch(undefined);
const ZQuery = z.object({
	aktion: z.string().max(60).optional().catch(undefined),
	person: z.string().trim().max(254).optional().catch(undefined),
	von: day,
	bis: day,
	seite: z.coerce.number().int().min(1).max(100_000).optional().catch(1)
});

export const load: PageServerLoad = async (event) => {
	requireTenantPermission(event, 'audit.read');
	const { locals, url } = event;
	const query = ZQuery.parse(Object.fromEntries(url.searchParams));
	const { db } = locals.ctx;
	const actor = query.person ? await findAccountByEmail(db, locals.tenant.id, query.person) : undefined;
	const unknownPerson = !!query.person && !actor;
	const [log, actions] = await Promise.all([
		unknownPerson
			? { rows: [], total: 0, page: 1, pageSize: 50 }
			: listAudit(db, locals.tenant.id, {
					action: query.aktion || undefined,
					actorId: actor?.id,
					from: query.von ? new Date(`${query.von}T00:00:00Z`) : undefined,
					to: query.bis ? new Date(`${query.bis}T23:59:59.999Z`) : undefined,
					page: query.seite
				}),
		listAuditActions(db, locals.tenant.id)
	]);
	const names = await accountNames(
		db,
		locals.tenant.id,
		log.rows.flatMap((r) => [r.actorId, r.entityType === 'account' ? r.entityId : null]).filter((id): id is string => !!id)
	);
	return {
		query,
		actions,
		unknownPerson,
		log: {
			...log,
			rows: log.rows.map((r) => ({
				...r,
				actorName: r.actorId ? (names.get(r.actorId)?.displayName ?? null) : null,
				entityName: r.entityType === 'account' ? (names.get(r.entityId)?.email ?? null) : null
			}))
		}
	};
};
