import { pgTable, uuid, text, timestamp, jsonb, bigint, primaryKey, index } from 'drizzle-orm/pg-core';
import { tenants } from '../tenants/schema';

/**
 * Who did what, when, with the state before and after. The actor is an id; before and after
 * may hold what people typed (a contact name), so deleting an account scrubs them (forgetPerson).
 */
export const auditLog = pgTable(
	'audit_log',
	{
		tenantId: uuid('tenant_id')
			.notNull()
			.references(() => tenants.id, { onDelete: 'cascade' }),
		id: bigint('id', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
		actorId: uuid('actor_id'),
		action: text('action').notNull(),
		entityType: text('entity_type').notNull(),
		entityId: text('entity_id').notNull(),
		before: jsonb('before'),
		after: jsonb('after'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.id] }),
		index('audit_log_time').on(t.tenantId, t.createdAt),
		// An entity's history, and what a person did (Meine Daten, deletion).
		index('audit_log_entity').on(t.tenantId, t.entityId),
		index('audit_log_actor').on(t.tenantId, t.actorId)
	]
);
