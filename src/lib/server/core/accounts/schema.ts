import { pgTable, uuid, text, timestamp, primaryKey, foreignKey, uniqueIndex, index } from 'drizzle-orm/pg-core';
import { tenants } from '../tenants/schema';

export const accounts = pgTable(
	'accounts',
	{
		tenantId: uuid('tenant_id')
			.notNull()
			.references(() => tenants.id, { onDelete: 'cascade' }),
		id: uuid('id').notNull().defaultRandom(),
		/** Stored lower-cased; unique within the tenant. */
		email: text('email').notNull(),
		displayName: text('display_name').notNull(),
		passwordHash: text('password_hash').notNull(),
		locale: text('locale', { enum: ['de', 'en'] })
			.notNull()
			.default('de'),
		emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
		disabledAt: timestamp('disabled_at', { withTimezone: true }),
		lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.tenantId, t.id] }), uniqueIndex('accounts_tenant_email').on(t.tenantId, t.email)]
);

/** Only the SHA-256 of a session token is stored; the token lives in the cookie or the bearer header. */
export const sessions = pgTable(
	'sessions',
	{
		tenantId: uuid('tenant_id').notNull(),
		id: text('id').notNull(),
		accountId: uuid('account_id').notNull(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.id] }),
		foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }).onDelete('cascade'),
		index('sessions_account').on(t.tenantId, t.accountId)
	]
);

/** One-time links sent by e-mail (verify address, reset password, confirm a new address). */
export const emailTokens = pgTable(
	'email_tokens',
	{
		tenantId: uuid('tenant_id').notNull(),
		id: text('id').notNull(),
		accountId: uuid('account_id').notNull(),
		purpose: text('purpose', { enum: ['verify_email', 'reset_password', 'change_email'] }).notNull(),
		newEmail: text('new_email'),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.id] }),
		foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }).onDelete('cascade'),
		index('email_tokens_account').on(t.tenantId, t.accountId)
	]
);

/** Tenant-wide roles; "resident" is implicit for every signed-in account. */
export const roleAssignments = pgTable(
	'role_assignments',
	{
		tenantId: uuid('tenant_id').notNull(),
		accountId: uuid('account_id').notNull(),
		role: text('role', { enum: ['coordinator', 'partner', 'admin'] }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.tenantId, t.accountId, t.role] }), foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }).onDelete('cascade')]
);

/**
 * Addresses an account had before an e-mail change took effect. Mails, invitations and
 * reports may still carry them, so "Meine Daten" and deletion look for every one; the rows
 * go with the account.
 */
export const accountPreviousEmails = pgTable(
	'account_previous_emails',
	{
		tenantId: uuid('tenant_id').notNull(),
		accountId: uuid('account_id').notNull(),
		email: text('email').notNull(),
		replacedAt: timestamp('replaced_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.tenantId, t.accountId, t.email] }), foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }).onDelete('cascade')]
);
