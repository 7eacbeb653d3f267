import { sql } from 'drizzle-orm';
import { pgTable, uuid, text, boolean, date, timestamp, jsonb, integer, primaryKey, foreignKey, index } from 'drizzle-orm/pg-core';
import { tenants } from '../tenants/schema';
import { accounts } from '../accounts/schema';
import { tsvector } from '../../db/types';
import { organisationKinds, organisationStatuses } from './vocabulary';
import { ACCENTED, foldSql, PLAIN, searchWordsSql } from '../search';

/*
 * Organisations are core: every capability hangs its things off them (places and profiles,
 * opportunities, events, courses, rooms). The profile's columns are the directory's to edit.
 */

const stamps = {
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
};

/** Everyone who engages: clubs, initiatives, institutions, companies, contact points. */
export const organisations = pgTable(
	'organisations',
	{
		tenantId: uuid('tenant_id')
			.notNull()
			.references(() => tenants.id, { onDelete: 'cascade' }),
		id: uuid('id').notNull().defaultRandom(),
		status: text('status', { enum: organisationStatuses }).notNull().default('proposed'),
		name: text('name').notNull(),
		shortName: text('short_name').notNull().default(''),
		kind: text('kind', { enum: organisationKinds }).notNull(),
		/** Markdown; rendered with every raw tag escaped. */
		description: text('description').notNull().default(''),
		logoPath: text('logo_path'),
		contactName: text('contact_name').notNull().default(''),
		contactEmail: text('contact_email').notNull().default(''),
		contactPhone: text('contact_phone').notNull().default(''),
		/** The contact person agreed to be shown publicly. */
		contactPublic: boolean('contact_public').notNull().default(false),
		street: text('street').notNull().default(''),
		postcode: text('postcode').notNull().default(''),
		city: text('city').notNull().default(''),
		phone: text('phone').notNull().default(''),
		email: text('email').notNull().default(''),
		website: text('website').notNull().default(''),
		socialLinks: jsonb('social_links').$type<{ label: string; url: string }[]>().notNull().default([]),
		languages: text('languages')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		accessibility: text('accessibility')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		targetGroups: text('target_groups')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		foundingYear: integer('founding_year'),
		registerNumber: text('register_number').notNull().default(''),
		networkMember: boolean('network_member').notNull().default(false),
		networkDeclaredAt: date('network_declared_at'),
		verified: boolean('verified').notNull().default(false),
		/** When an owner or coordinator last confirmed the profile is current. */
		confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull().defaultNow(),
		staleReminderSentAt: timestamp('stale_reminder_sent_at', { withTimezone: true }),
		mergedIntoId: uuid('merged_into_id'),
		createdBy: uuid('created_by'),
		...stamps,
		/** The A–Z letter: the first character without accents, or "#" for digits and symbols. */
		initial: text('initial').generatedAlwaysAs(
			sql`case when name <> '' and position(upper(translate(left(name, 1), ${sql.raw(`'${ACCENTED}', '${PLAIN}'`)})) in 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') > 0
				then upper(translate(left(name, 1), ${sql.raw(`'${ACCENTED}', '${PLAIN}'`)})) else '#' end`
		),
		/** The name in German dictionary order (DIN 5007-1: Ä=A, ß=ss, case ignored): every list of organisations sorts by it. */
		sortKey: text('sort_key').notNull().generatedAlwaysAs(foldSql('name')),
		/** The words of name and short name, folded like the sort key, between spaces: " turn und sportverein tsv " (see core/search.ts). */
		searchWords: text('search_words')
			.notNull()
			.generatedAlwaysAs(searchWordsSql(sql`name || ' ' || short_name`)),
		searchVector: tsvector('search_vector').generatedAlwaysAs(
			sql`setweight(to_tsvector('gw_german', coalesce(name, '') || ' ' || coalesce(short_name, '')), 'A') || setweight(to_tsvector('gw_german', coalesce(description, '')), 'C')`
		)
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.id] }),
		// The A–Z list sorts by the sort key within the published organisations of a town.
		index('organisations_status_sort_key').on(t.tenantId, t.status, t.sortKey),
		// One letter of it, and the letters present (a skip scan over this index).
		index('organisations_initial_sort_key').on(t.tenantId, t.status, t.initial, t.sortKey),
		index('organisations_search').using('gin', t.searchVector),
		index('organisations_name_trgm').using('gin', sql`${t.name} gin_trgm_ops`),
		// A search word's part in the name's words (LIKE '%part%'), found without reading every row.
		index('organisations_search_words_trgm').using('gin', sql`${t.searchWords} gin_trgm_ops`)
	]
);

/** Who may act for an organisation: people join by accepting an invitation. */
export const organisationMemberships = pgTable(
	'organisation_memberships',
	{
		tenantId: uuid('tenant_id').notNull(),
		organisationId: uuid('organisation_id').notNull(),
		accountId: uuid('account_id').notNull(),
		role: text('role', { enum: ['owner', 'editor'] }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.organisationId, t.accountId] }),
		foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }).onDelete('cascade'),
		index('memberships_account').on(t.tenantId, t.accountId)
	]
);

/** An owner invites someone by e-mail to act for the organisation. Only the token's hash is stored. */
export const organisationInvitations = pgTable(
	'organisation_invitations',
	{
		tenantId: uuid('tenant_id').notNull(),
		id: text('id').notNull(),
		organisationId: uuid('organisation_id').notNull(),
		email: text('email').notNull(),
		role: text('role', { enum: ['owner', 'editor'] }).notNull(),
		invitedBy: uuid('invited_by'),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.id] }),
		foreignKey({ columns: [t.tenantId, t.organisationId], foreignColumns: [organisations.tenantId, organisations.id] }).onDelete('cascade'),
		index('organisation_invitations_organisation').on(t.tenantId, t.organisationId),
		index('organisation_invitations_email').on(t.tenantId, t.email)
	]
);
