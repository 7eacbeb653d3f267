import { and, desc, eq, or, sql } from 'drizzle-orm';
import type { PersonalDataSource } from '../privacy';
import { auditLog } from './schema';
import { forgetPerson } from '.';

/**
 * What the person did, and what others did to her account (roles, disabling). On deletion
 * the entries stay for the town's record, without her: see forgetPerson.
 */
export const auditPersonalData: PersonalDataSource = {
	name: 'auditLog',
	async export(db, { tenantId, accountId }) {
		const rows = await db
			.select({
				action: auditLog.action,
				entityType: auditLog.entityType,
				entityId: auditLog.entityId,
				byMe: sql<boolean>`${auditLog.actorId} is not distinct from ${accountId}::uuid`,
				before: auditLog.before,
				after: auditLog.after,
				at: auditLog.createdAt
			})
			.from(auditLog)
			.where(and(eq(auditLog.tenantId, tenantId), or(eq(auditLog.actorId, accountId), and(eq(auditLog.entityType, 'account'), eq(auditLog.entityId, accountId)))))
			.orderBy(desc(auditLog.createdAt), desc(auditLog.id));
		return { actionsByMe: rows.filter((r) => r.byMe).map(({ byMe: _, ...r }) => r), actionsAboutMe: rows.filter((r) => !r.byMe).map(({ byMe: _, ...r }) => r) };
	},
	erase: (db, { tenantId, accountId, redact }) => forgetPerson(db, tenantId, accountId, redact),
	// Other sources read the log while erasing (which places she entered), so it is scrubbed last.
	eraseLast: true
};
