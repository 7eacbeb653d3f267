import { sql } from 'drizzle-orm';
import { pgTable, uuid, text, boolean, timestamp, foreignKey, uniqueIndex, check } from 'drizzle-orm/pg-core';

/** A municipality or a district (Kreis); a district is the parent of its member municipalities. */
export const tenants = pgTable(
	'tenants',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		name: text('name').notNull(),
		kind: text('kind', { enum: ['municipality', 'district'] }).notNull(),
		parentId: uuid('parent_id'),
		/** Bundesland code (ISO 3166-2:DE without prefix, e.g. SH, NW, BY): later rules depend on it. */
		state: text('state').notNull(),
		officeName: text('office_name').notNull(),
		officeStreet: text('office_street').notNull().default(''),
		officePostcode: text('office_postcode').notNull().default(''),
		officeCity: text('office_city').notNull().default(''),
		officeEmail: text('office_email').notNull(),
		officePhone: text('office_phone').notNull().default(''),
		logoPath: text('logo_path'),
		colorPrimary: text('color_primary').notNull().default('#1d4f91'),
		colorSecondary: text('color_secondary').notNull().default('#f2c230'),
		defaultLocale: text('default_locale', { enum: ['de', 'en'] })
			.notNull()
			.default('de'),
		/** Map tiles for the Engagement-Stadtplan, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png; empty: markers on a plain background. */
		tileUrl: text('tile_url').notNull().default(''),
		tileAttribution: text('tile_attribution').notNull().default(''),
		/** SPDX identifier of the licence the open data is published under: one of `openDataLicences` (licences.ts), as the check below lists them. */
		openDataLicence: text('open_data_licence').notNull().default('DL-DE-BY-2.0'),
		/** Served at / when no host name or path prefix names another tenant. */
		isDefault: boolean('is_default').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		foreignKey({ columns: [t.parentId], foreignColumns: [t.id] }).onDelete('restrict'),
		// At most one tenant answers where no host name or prefix matches.
		uniqueIndex('tenants_one_default')
			.on(t.isDefault)
			.where(sql`${t.isDefault}`),
		check('tenants_open_data_licence', sql`${t.openDataLicence} in ('DL-DE-BY-2.0', 'DL-DE-ZERO-2.0', 'CC-BY-4.0', 'CC0-1.0', 'ODbL-1.0')`)
	]
);

/** Host names that resolve to a tenant, e.g. engagement.lindwerder.de. */
export const tenantHosts = pgTable('tenant_hosts', {
	host: text('host').primaryKey(),
	tenantId: uuid('tenant_id')
		.notNull()
		.references(() => tenants.id, { onDelete: 'cascade' })
});
