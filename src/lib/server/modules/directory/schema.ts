import { sql } from 'drizzle-orm';
import { pgTable, uuid, text, integer, boolean, timestamp, jsonb, doublePrecision, primaryKey, foreignKey, uniqueIndex, index, bigint } from 'drizzle-orm/pg-core';
import { tenants } from '../../core/tenants/schema';
import { organisations } from '../../core/organisations/schema';
import { foldSql } from '../../core/search';

/** A name in German dictionary order (DIN 5007-1: Ä=A, Ö=O, Ü=U, ß=ss, case ignored), stored so lists sort by it. */
const sortKey = (column: string) => text('sort_key').notNull().generatedAlwaysAs(foldSql(column));

const tenantId = () =>
	uuid('tenant_id')
		.notNull()
		.references(() => tenants.id, { onDelete: 'cascade' });
const stamps = {
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
};

/** Fields of activity (Engagementfelder), editable per municipality. */
export const categories = pgTable(
	'directory_categories',
	{
		tenantId: tenantId(),
		id: uuid('id').notNull().defaultRandom(),
		slug: text('slug').notNull(),
		nameDe: text('name_de').notNull(),
		nameEn: text('name_en').notNull(),
		position: integer('position').notNull().default(0),
		sortKey: sortKey('name_de')
	},
	(t) => [primaryKey({ columns: [t.tenantId, t.id] }), uniqueIndex('directory_categories_slug').on(t.tenantId, t.slug)]
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
		geometry: jsonb('geometry').notNull(),
		sortKey: sortKey('name')
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
		accessibility: text('accessibility')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		sortKey: sortKey('name'),
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
		sortKey: sortKey('title'),
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
