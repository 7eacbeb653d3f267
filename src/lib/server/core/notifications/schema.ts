import { sql } from 'drizzle-orm';
import { pgTable, uuid, text, timestamp, jsonb, primaryKey, foreignKey, index, check } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/schema';
import { tenants } from '../tenants/schema';

/** How someone wants to hear of a kind of notification by mail; the entry in Mein Bereich is always there. */
export const deliveries = ['immediately', 'daily', 'weekly', 'off'] as const;
export type Delivery = (typeof deliveries)[number];

const oneOf = (column: unknown, values: readonly string[]) => sql`${column} in (${sql.raw(values.map((v) => `'${v}'`).join(', '))})`;

/** What happened that concerns a person (a decision, a reminder), listed in Mein Bereich until it goes by retention. */
export const notifications = pgTable(
	'notifications',
	{
		tenantId: uuid('tenant_id').notNull(),
		id: uuid('id').notNull().defaultRandom(),
		accountId: uuid('account_id').notNull(),
		kind: text('kind').notNull(),
		/** Filled into the kind's title in the reader's language. */
		params: jsonb('params').$type<Record<string, string>>().notNull(),
		/** A path inside the municipality the entry leads to. */
		link: text('link'),
		/** The delivery chosen when it happened; a digest collects the `daily` and `weekly` ones not yet mailed. */
		mail: text('mail', { enum: deliveries }).notNull(),
		mailedAt: timestamp('mailed_at', { withTimezone: true }),
		readAt: timestamp('read_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.id] }),
		foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }).onDelete('cascade'),
		index('notifications_account').on(t.tenantId, t.accountId, t.createdAt),
		index('notifications_digest')
			.on(t.mail, t.tenantId, t.accountId)
			.where(sql`${t.mailedAt} is null and ${t.mail} in ('daily', 'weekly')`),
		check('notifications_mail', oneOf(t.mail, deliveries))
	]
);

/** A person's choice per kind; without a row the kind's default applies. */
export const notificationPreferences = pgTable(
	'notification_preferences',
	{
		tenantId: uuid('tenant_id').notNull(),
		accountId: uuid('account_id').notNull(),
		kind: text('kind').notNull(),
		delivery: text('delivery', { enum: deliveries }).notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.accountId, t.kind] }),
		foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }).onDelete('cascade'),
		check('notification_preferences_delivery', oneOf(t.delivery, deliveries))
	]
);

/**
 * Addresses without an account that unsubscribed from a kind (`*`: every kind), by the SHA-256
 * of the lower-cased address: the list needs no address to be checked.
 */
export const mailSuppressions = pgTable(
	'mail_suppressions',
	{
		tenantId: uuid('tenant_id')
			.notNull()
			.references(() => tenants.id, { onDelete: 'cascade' }),
		emailSha256: text('email_sha256').notNull(),
		kind: text('kind').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.tenantId, t.emailSha256, t.kind] })]
);

/** Secrets the installation generates itself, e.g. the key that signs unsubscribe links. */
export const signingKeys = pgTable('signing_keys', {
	purpose: text('purpose').primaryKey(),
	secret: text('secret').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});
