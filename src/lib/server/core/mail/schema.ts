import { sql } from 'drizzle-orm';
import { pgTable, uuid, text, timestamp, primaryKey, index, jsonb, integer, foreignKey, customType } from 'drizzle-orm/pg-core';
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
		/** Extra header fields sent with it, e.g. List-Unsubscribe (RFC 8058). */
		headers: jsonb('headers').$type<Record<string, string>>().notNull().default({}),
		status: text('status', { enum: ['queued', 'sent', 'held', 'failed'] })
			.notNull()
			.default('queued'),
		lastError: text('last_error'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp('sent_at', { withTimezone: true })
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.id] }),
		index('mails_time').on(t.tenantId, t.createdAt),
		index('mails_account').on(t.tenantId, t.accountId),
		// The outbox filter and "Meine Daten" find mails by address, written in any case.
		index('mails_to').on(t.tenantId, sql`lower(${t.toAddress})`)
	]
);

const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
	dataType: () => 'bytea',
	// node-postgres gives a Buffer, the embedded database a Uint8Array.
	fromDriver: (value) => Buffer.from(value)
});

/** Files sent with a mail (a calendar entry, a certificate); they go with the mail. */
export const mailAttachments = pgTable(
	'mail_attachments',
	{
		tenantId: uuid('tenant_id').notNull(),
		mailId: uuid('mail_id').notNull(),
		position: integer('position').notNull(),
		filename: text('filename').notNull(),
		contentType: text('content_type').notNull(),
		content: bytea('content').notNull()
	},
	(t) => [primaryKey({ columns: [t.tenantId, t.mailId, t.position] }), foreignKey({ columns: [t.tenantId, t.mailId], foreignColumns: [mails.tenantId, mails.id] }).onDelete('cascade')]
);
