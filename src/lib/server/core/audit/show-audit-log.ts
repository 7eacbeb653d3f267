import type { Ctx } from '../context';
import { fail, ok } from '../result';
import { mayInTenant } from '../authorize';
import { accountNames, findAccountByEmail } from '../accounts/queries';
import { listAudit, listAuditActions, type AuditEntry } from '.';
import { emptyPage } from '../pagination';

export interface AuditLogQuery {
	action?: string;
	/** The e-mail address of the person who acted. */
	person?: string;
	from?: Date;
	to?: Date;
	page?: number;
}

/** The admins' audit log with the names of the people who acted and of the accounts acted on. */
export async function showAuditLog(ctx: Ctx, query: AuditLogQuery) {
	if (!mayInTenant(ctx, 'audit.read')) return fail('forbidden' as const);
	const { db, tenant } = ctx;
	const actor = query.person ? await findAccountByEmail(db, tenant.id, query.person) : undefined;
	const unknownPerson = !!query.person && !actor;
	const [log, actions] = await Promise.all([
		unknownPerson ? emptyPage<AuditEntry>(50) : listAudit(db, tenant.id, { action: query.action, actorId: actor?.id, from: query.from, to: query.to, page: query.page }),
		listAuditActions(db, tenant.id)
	]);
	const names = await accountNames(
		db,
		tenant.id,
		log.items.flatMap((r) => [r.actorId, r.entityType === 'account' ? r.entityId : null]).filter((id): id is string => !!id)
	);
	return ok({
		actions,
		unknownPerson,
		log: {
			...log,
			items: log.items.map((r) => ({
				...r,
				actorName: r.actorId ? (names.get(r.actorId)?.displayName ?? null) : null,
				entityName: r.entityType === 'account' ? (names.get(r.entityId)?.email ?? null) : null
			}))
		}
	});
}
