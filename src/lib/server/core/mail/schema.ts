import { pgTable, uuid, text, timestamp, primaryKey, index } from 'drizzle-orm/pg-core';
import { tenants } from '../tenants/schema';

/** Every mail the platform sends; without SMTP this is the outbox admins read. */
export const mails = pgTable(
	'mails',
	{
		tenantId: uuid('tenant_id')
			.notNull()
			.references(() => tenants.id, { onDelete: 'cascade' }),
		id: uuid('id').notNull().defaultRandom(),
		toAddress: text('to_address').notNull(),
		/** The account the mail is about, so its mails go with it when it is deleted. */
		accountId: uuid('account_id'),
		template: text('template').notNull(),
		subject: text('subject').notNull(),
		textBody: text('text_body').notNull(),
		htmlBody: text('html_body').notNull(),
		status: text('status', { enum: ['queued', 'sent', 'held', 'failed'] }).notNull().default('queued'),
		lastError: text('last_error'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp('sent_at', { withTimezone: true })
	},
	(t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('mails_time').on(t.tenantId, t.createdAt), index('mails_account').on(t.tenantId, t.accountId)]
);
