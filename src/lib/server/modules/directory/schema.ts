import { sql } from 'drizzle-orm';
import {
	pgTable,
	uuid,
	text,
	integer,
	boolean,
	date,
	timestamp,
	jsonb,
	doublePrecision,
	primaryKey,
	foreignKey,
	uniqueIndex,
	index,
	bigint
} from 'drizzle-orm/pg-core';
import { tenants } from '../../core/tenants/schema';
import { tsvector } from '../../db/types';
import { organisationKinds, organisationStatuses } from './vocabulary';

const tenantId = () =>
	uuid('tenant_id')
		.notNull()
		.references(() => tenants.id, { onDelete: 'cascade' });
const stamps = {
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
};

// translate() keeps the expression immutable (unaccent is not), so it can be stored and indexed.
const ACCENTED = 'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŸŠŽàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿšž';
const PLAIN = 'AAAAAAACEEEEIIIINOOOOOOUUUUYYSZaaaaaaaceeeeiiiinoooooouuuuyysz';

/** Fields of activity (Engagementfelder), editable per municipality. */
export const categories = pgTable(
	'directory_categories',
	{
		tenantId: tenantId(),
		id: uuid('id').notNull().defaultRandom(),
		slug: text('slug').notNull(),
		nameDe: text('name_de').notNull(),
		nameEn: text('name_en').notNull(),
		position: integer('position').notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.tenantId, t.id] }), uniqueIndex('directory_categories_slug').on(t.tenantId, t.slug)]
);

/** Everyone who engages: clubs, initiatives, institutions, companies, contact points. */
export const organisations = pgTable(
	'organisations',
	{
		tenantId: tenantId(),
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
		languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
		accessibility: text('accessibility').array().notNull().default(sql`'{}'::text[]`),
		targetGroups: text('target_groups').array().notNull().default(sql`'{}'::text[]`),
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
		searchVector: tsvector('search_vector').generatedAlwaysAs(
			sql`setweight(to_tsvector('gw_german', coalesce(name, '') || ' ' || coalesce(short_name, '')), 'A') || setweight(to_tsvector('gw_german', coalesce(description, '')), 'C')`
		)
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.id] }),
		// The A–Z list sorts by lower(name) within the published organisations of a town.
		index('organisations_status_lower_name').on(t.tenantId, t.status, sql`lower(${t.name})`),
		// One letter of it, and the letters present (a skip scan over this index).
		index('organisations_initial_lower_name').on(t.tenantId, t.status, t.initial, sql`lower(${t.name})`),
		index('organisations_search').using('gin', t.searchVector),
		index('organisations_name_trgm').using('gin', sql`${t.name} gin_trgm_ops`)
	]
);

export const organisationCategories = pgTable(
	'organisation_categories',
	{
		tenantId: uuid('tenant_id').notNull(),
		organisationId: uuid('organisation_id').notNull(),
		categoryId: uuid('category_id').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.organisationId, t.categoryId] }),
		foreignKey({ columns: [t.tenantId, t.organisationId], foreignColumns: [organisations.tenantId, organisations.id] }).onDelete('cascade'),
		foreignKey({ columns: [t.tenantId, t.categoryId], foreignColumns: [categories.tenantId, categories.id] }).onDelete('cascade'),
		index('organisation_categories_category').on(t.tenantId, t.categoryId)
	]
);

/** Stadtteile: polygons a place's district is derived from. */
export const districts = pgTable(
	'districts',
	{
		tenantId: tenantId(),
		id: uuid('id').notNull().defaultRandom(),
		slug: text('slug').notNull(),
		name: text('name').notNull(),
		/** GeoJSON Polygon or MultiPolygon geometry, WGS 84. */
		geometry: jsonb('geometry').notNull()
	},
	(t) => [primaryKey({ columns: [t.tenantId, t.id] }), uniqueIndex('districts_slug').on(t.tenantId, t.slug)]
);

/** Engagement-Orte: where an organisation is active. */
export const places = pgTable(
	'places',
	{
		tenantId: uuid('tenant_id').notNull(),
		id: uuid('id').notNull().defaultRandom(),
		organisationId: uuid('organisation_id').notNull(),
		name: text('name').notNull(),
		street: text('street').notNull().default(''),
		postcode: text('postcode').notNull().default(''),
		city: text('city').notNull().default(''),
		districtId: uuid('district_id'),
		lat: doublePrecision('lat'),
		lng: doublePrecision('lng'),
		openingHours: text('opening_hours').notNull().default(''),
		accessibility: text('accessibility').array().notNull().default(sql`'{}'::text[]`),
		...stamps
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.id] }),
		foreignKey({ columns: [t.tenantId, t.organisationId], foreignColumns: [organisations.tenantId, organisations.id] }).onDelete('cascade'),
		index('places_organisation').on(t.tenantId, t.organisationId),
		index('places_district').on(t.tenantId, t.districtId)
	]
);

/** A municipality's street/postcode table for geocoding without external services. */
export const geocodeAddresses = pgTable(
	'geocode_addresses',
	{
		tenantId: tenantId(),
		/** Lower-cased street with "straße" written as "str", so spellings meet. */
		streetKey: text('street_key').notNull(),
		houseNumber: text('house_number').notNull().default(''),
		postcode: text('postcode').notNull(),
		lat: doublePrecision('lat').notNull(),
		lng: doublePrecision('lng').notNull()
	},
	(t) => [primaryKey({ columns: [t.tenantId, t.postcode, t.streetKey, t.houseNumber] })]
);

/** Engagement-Spaziergang: a guided walk along places for a target group. */
export const walks = pgTable(
	'walks',
	{
		tenantId: tenantId(),
		id: uuid('id').notNull().defaultRandom(),
		slug: text('slug').notNull(),
		title: text('title').notNull(),
		targetGroup: text('target_group').notNull(),
		description: text('description').notNull().default(''),
		durationMinutes: integer('duration_minutes').notNull(),
		published: boolean('published').notNull().default(false),
		...stamps
	},
	(t) => [primaryKey({ columns: [t.tenantId, t.id] }), uniqueIndex('walks_slug').on(t.tenantId, t.slug)]
);

export const walkStops = pgTable(
	'walk_stops',
	{
		tenantId: uuid('tenant_id').notNull(),
		walkId: uuid('walk_id').notNull(),
		position: integer('position').notNull(),
		placeId: uuid('place_id').notNull(),
		text: text('text').notNull().default('')
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.walkId, t.position] }),
		foreignKey({ columns: [t.tenantId, t.walkId], foreignColumns: [walks.tenantId, walks.id] }).onDelete('cascade'),
		foreignKey({ columns: [t.tenantId, t.placeId], foreignColumns: [places.tenantId, places.id] }).onDelete('cascade'),
		index('walk_stops_place').on(t.tenantId, t.placeId)
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

/**
 * A counter per town that triggers (migration 0008) raise once per transaction writing any
 * table the public directory documents are built from; caches compare it instead of guessing.
 * No foreign key: a town's deletion fires the triggers while its rows go.
 */
export const directoryVersions = pgTable('directory_versions', {
	tenantId: uuid('tenant_id').primaryKey(),
	version: bigint('version', { mode: 'number' }).notNull().default(0),
	/** The transaction that raised it last, so one import raises it once. */
	changedIn: bigint('changed_in', { mode: 'number' })
});
