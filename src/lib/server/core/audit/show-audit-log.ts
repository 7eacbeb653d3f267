import type { Ctx } from '../context';
import { fail, ok } from '../result';
import { mayInTenant } from '../authorize';
import { findAccountByEmail } from '../accounts/queries';
import { describeAuditEntries } from './describe-audit-entries';
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

/** The admins' audit log in words: who did what to which thing, and what changed. */
export async function showAuditLog(ctx: Ctx, query: AuditLogQuery) {
	if (!mayInTenant(ctx, 'audit.read')) return fail('forbidden' as const);
	const { db, tenant } = ctx;
	const actor = query.person ? await findAccountByEmail(db, tenant.id, query.person) : undefined;
	const unknownPerson = !!query.person && !actor;
	const [log, actions] = await Promise.all([
		unknownPerson ? emptyPage<AuditEntry>(50) : listAudit(db, tenant.id, { action: query.action, actorId: actor?.id, from: query.from, to: query.to, page: query.page }),
		listAuditActions(db, tenant.id)
	]);
	return ok({ actions, unknownPerson, log: { ...log, items: await describeAuditEntries(db, tenant.id, log.items) } });
}
