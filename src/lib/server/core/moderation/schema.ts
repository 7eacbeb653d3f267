import { pgTable, uuid, text, timestamp, primaryKey, index } from 'drizzle-orm/pg-core';
import { tenants } from '../tenants/schema';

/**
 * The one queue where coordinators approve what residents propose (organisations now,
 * opportunities, ideas and more later). The subject's own table keeps its status;
 * this row keeps who asked, who decided and why.
 */
export const moderationItems = pgTable(
	'moderation_items',
	{
		tenantId: uuid('tenant_id')
			.notNull()
			.references(() => tenants.id, { onDelete: 'cascade' }),
		id: uuid('id').notNull().defaultRandom(),
		subjectType: text('subject_type').notNull(),
		subjectId: uuid('subject_id').notNull(),
		status: text('status', { enum: ['open', 'approved', 'rejected', 'changes_requested', 'withdrawn'] })
			.notNull()
			.default('open'),
		submittedBy: uuid('submitted_by'),
		submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
		decidedBy: uuid('decided_by'),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		reason: text('reason')
	},
	(t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('moderation_open').on(t.tenantId, t.status, t.submittedAt), index('moderation_subject').on(t.tenantId, t.subjectType, t.subjectId)]
);
