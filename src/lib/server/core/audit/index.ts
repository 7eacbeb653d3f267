import { and, desc, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import type { Actor } from '../permissions';
import type { Redactor } from '../privacy/redact';
import { auditLog } from './schema';
import { pageOf, pageWindow } from '../pagination';

export interface AuditEntryInput {
	action: string;
	entityType: string;
	entityId: string;
	before?: unknown;
	after?: unknown;
}

/** Call inside the transaction of the change itself, so the log and the change agree. */
export async function recordAudit(db: Db, actor: Actor, entry: AuditEntryInput): Promise<void> {
	await db.insert(auditLog).values({
		tenantId: actor.tenantId,
		actorId: actor.accountId,
		action: entry.action,
		entityType: entry.entityType,
		entityId: entry.entityId,
		before: entry.before ?? null,
		after: entry.after ?? null
	});
}

export interface AuditFilter {
	action?: string;
	actorId?: string;
	entityId?: string;
	entityTypes?: string[];
	from?: Date;
	to?: Date;
	page?: number;
	perPage?: number;
}

export type AuditEntry = typeof auditLog.$inferSelect;

export async function listAudit(db: Db, tenantId: string, filter: AuditFilter = {}) {
	const window = pageWindow(filter.page, filter.perPage ?? 50);
	const conditions: SQL[] = [eq(auditLog.tenantId, tenantId)];
	if (filter.action) conditions.push(eq(auditLog.action, filter.action));
	if (filter.actorId) conditions.push(eq(auditLog.actorId, filter.actorId));
	if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
	if (filter.entityTypes) conditions.push(inArray(auditLog.entityType, filter.entityTypes));
	if (filter.from) conditions.push(gte(auditLog.createdAt, filter.from));
	if (filter.to) conditions.push(lte(auditLog.createdAt, filter.to));
	const where = and(...conditions);
	const [rows, [{ total }]] = await Promise.all([
		db.select().from(auditLog).where(where).orderBy(desc(auditLog.createdAt), desc(auditLog.id)).limit(window.limit).offset(window.offset),
		db
			.select({ total: sql<number>`count(*)::int` })
			.from(auditLog)
			.where(where)
	]);
	return pageOf(rows, total, window);
}

export async function listAuditActions(db: Db, tenantId: string): Promise<string[]> {
	const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).where(eq(auditLog.tenantId, tenantId)).orderBy(auditLog.action);
	return rows.map((r) => r.action);
}

/** When an account is deleted its id is removed from the log; the entries stay. */
export async function forgetActor(db: Db, tenantId: string, accountId: string): Promise<void> {
	await db
		.update(auditLog)
		.set({ actorId: null })
		.where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.actorId, accountId)));
}

/**
 * Erasure: entries by the person lose their actor; in every entry's before and after state her
 * names, addresses and phone numbers are replaced and her account id is removed. What was
 * done, to what and when stays on record.
 */
export async function forgetPerson(db: Db, tenantId: string, accountId: string, redact: Redactor): Promise<void> {
	const rows = await db
		.select({ id: auditLog.id, actorId: auditLog.actorId, before: auditLog.before, after: auditLog.after })
		.from(auditLog)
		.where(and(eq(auditLog.tenantId, tenantId), or(eq(auditLog.actorId, accountId), redact.mayMention(auditLog.before), redact.mayMention(auditLog.after))));
	for (const row of rows) {
		const before = redact.json(row.before);
		const after = redact.json(row.after);
		const changed = row.actorId === accountId || JSON.stringify(before) !== JSON.stringify(row.before) || JSON.stringify(after) !== JSON.stringify(row.after);
		if (changed)
			await db
				.update(auditLog)
				.set({ actorId: row.actorId === accountId ? null : row.actorId, before, after })
				.where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.id, row.id)));
	}
}

/** Ids of the entities of one type the account acted on, e.g. the organisations a person edited. */
export async function entitiesActedOnBy(db: Db, tenantId: string, accountId: string, entityType: string): Promise<string[]> {
	const rows = await db
		.selectDistinct({ entityId: auditLog.entityId })
		.from(auditLog)
		.where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.actorId, accountId), eq(auditLog.entityType, entityType)));
	return rows.map((r) => r.entityId);
}
