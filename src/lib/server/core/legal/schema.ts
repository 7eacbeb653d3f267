import { pgTable, uuid, text, timestamp, primaryKey, index } from 'drizzle-orm/pg-core';
import { tenants } from '../tenants/schema';

/** Impressum, Datenschutzerklärung and Erklärung zur Barrierefreiheit, per tenant and language. */
export const legalPages = pgTable(
	'legal_pages',
	{
		tenantId: uuid('tenant_id')
			.notNull()
			.references(() => tenants.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: ['imprint', 'privacy', 'accessibility'] }).notNull(),
		locale: text('locale', { enum: ['de', 'en'] }).notNull(),
		body: text('body').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		updatedBy: uuid('updated_by')
	},
	(t) => [primaryKey({ columns: [t.tenantId, t.kind, t.locale] })]
);

/** Barriers reported through the accessibility statement's feedback form (BITV 2.0 § 7). */
export const accessibilityFeedback = pgTable(
	'accessibility_feedback',
	{
		tenantId: uuid('tenant_id')
			.notNull()
			.references(() => tenants.id, { onDelete: 'cascade' }),
		id: uuid('id').notNull().defaultRandom(),
		pageUrl: text('page_url').notNull(),
		message: text('message').notNull(),
		contactEmail: text('contact_email'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		// The office answers within six weeks (BFSG, BITV 2.0): who handles it, how far, what was answered.
		status: text('status', { enum: ['new', 'in_progress', 'answered', 'closed'] })
			.notNull()
			.default('new'),
		handlerId: uuid('handler_id'),
		reply: text('reply').notNull().default(''),
		repliedAt: timestamp('replied_at', { withTimezone: true }),
		reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true })
	},
	(t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('accessibility_feedback_open').on(t.tenantId, t.status, t.createdAt)]
);
