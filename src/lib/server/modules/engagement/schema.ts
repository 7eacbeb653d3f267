import { sql } from 'drizzle-orm';
import { pgTable, uuid, text, integer, boolean, date, timestamp, jsonb, primaryKey, foreignKey, index, uniqueIndex, check } from 'drizzle-orm/pg-core';
import { tenants } from '../../core/tenants/schema';
import { accounts } from '../../core/accounts/schema';
import { organisations } from '../../core/organisations/schema';
// drizzle-kit reads the schema files on their own, without the $lib alias or a module's index:
// the foreign keys to the Engagement-Orte and fields of activity name the directory's tables here.
// eslint-disable-next-line gemeinwerk/boundaries
import { categories, places } from '../directory/schema';
import { tsvector } from '../../db/types';
import { foldSql, searchWordsSql } from '../../core/search';
import { ageBands, applicationStatuses, commitments, FULL_WEEK, lookingFor, opportunityStatuses, searchFrequencies, suggestionStatuses, type OpportunityDate, type SharedContact } from './vocabulary';

/*
 * The Freiwilligenbörse. Every table leads its keys with the tenant, like the directory's, so a
 * cluster can distribute by tenant. Lists of closed vocabulary (vocabulary.ts) are text arrays; the
 * week grid is an integer bit mask (see `scheduleBit` in vocabulary.ts).
 */

const stamps = {
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
};
/** A closed list's values for a check constraint: 'a', 'b', … */
const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const textList = (name: string) =>
	text(name)
		.array()
		.notNull()
		.default(sql`'{}'::text[]`);

/** An Engagementangebot: what an organisation asks volunteers to do. */
export const opportunities = pgTable(
	'engagement_opportunities',
	{
		tenantId: uuid('tenant_id')
			.notNull()
			.references(() => tenants.id, { onDelete: 'cascade' }),
		id: uuid('id').notNull().defaultRandom(),
		organisationId: uuid('organisation_id').notNull(),
		title: text('title').notNull(),
		/** Markdown; rendered with every raw tag escaped. */
		description: text('description').notNull().default(''),
		/** What a volunteer does, in plain words (Markdown like the description). */
		tasks: text('tasks').notNull().default(''),
		commitment: text('commitment', { enum: commitments }).notNull(),
		hoursPerMonth: integer('hours_per_month'),
		/** Week grid bit mask: bit day*3+slot, Monday = day 0, morning/afternoon/evening = slot 0/1/2; 0 = no regular times. */
		schedule: integer('schedule').notNull().default(0),
		/** Fixed dates, e.g. a Deichputz, ordered by date. */
		dates: jsonb('dates').$type<OpportunityDate[]>().notNull().default([]),
		startsOn: date('starts_on'),
		endsOn: date('ends_on'),
		minAge: integer('min_age'),
		/** "Für Jugendliche ab 14": young people are welcome (with their parents' consent). */
		forYouth14: boolean('for_youth_14').notNull().default(false),
		/** welcomeGroups: seniors, families, migration, disability. */
		targetGroups: textList('target_groups'),
		/** ISO 639-1 codes of the directory's language list. */
		languages: textList('languages'),
		/** Free words ("Kochen", "Excel"), as the organisation writes them. */
		skills: textList('skills'),
		/** requirements: police_certificate, first_aid, driving_licence. */
		requirements: textList('requirements'),
		/** offers: insurance, expenses, training, certificate. */
		offers: textList('offers'),
		accessibility: text('accessibility').notNull().default(''),
		volunteersWanted: integer('volunteers_wanted'),
		contactName: text('contact_name').notNull().default(''),
		contactEmail: text('contact_email').notNull().default(''),
		contactPhone: text('contact_phone').notNull().default(''),
		/** A stored file, as the directory keeps logos (core/files). */
		photoPath: text('photo_path'),
		/** Ortsunabhängig: can be done from anywhere (online, by phone, at home). */
		online: boolean('online').notNull().default(false),
		status: text('status', { enum: opportunityStatuses }).notNull().default('draft'),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		/** When a published opportunity expires unless the organisation confirms it is current. */
		expiresAt: timestamp('expires_at', { withTimezone: true }),
		confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
		/** The last expiry reminder sent; one before each reminder point (14 and 3 days) of the current expiry. */
		remindedAt: timestamp('reminded_at', { withTimezone: true }),
		createdBy: uuid('created_by'),
		...stamps,
		/** The title in German dictionary order (DIN 5007-1), as lists sort by it. */
		sortKey: text('sort_key').notNull().generatedAlwaysAs(foldSql('title')),
		/** The words of title and tasks, folded, between spaces (core/search.ts). */
		searchWords: text('search_words')
			.notNull()
			.generatedAlwaysAs(searchWordsSql(sql`title || ' ' || tasks`)),
		searchVector: tsvector('search_vector').generatedAlwaysAs(
			sql`setweight(to_tsvector('gw_german', coalesce(title, '')), 'A') || setweight(to_tsvector('gw_german', coalesce(tasks, '')), 'B') || setweight(to_tsvector('gw_german', coalesce(description, '')), 'C')`
		)
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.id] }),
		foreignKey({ columns: [t.tenantId, t.organisationId], foreignColumns: [organisations.tenantId, organisations.id] }).onDelete('cascade'),
		index('engagement_opportunities_organisation').on(t.tenantId, t.organisationId, t.status),
		// The public lists: published ones of a town, A–Z or newest first.
		index('engagement_opportunities_status_sort_key').on(t.tenantId, t.status, t.sortKey),
		index('engagement_opportunities_status_published').on(t.tenantId, t.status, t.publishedAt),
		// The daily expiry job looks across towns for what runs out soon.
		index('engagement_opportunities_expires')
			.on(t.expiresAt)
			.where(sql`${t.status} = 'published'`),
		index('engagement_opportunities_search').using('gin', t.searchVector),
		index('engagement_opportunities_search_words_trgm').using('gin', sql`${t.searchWords} gin_trgm_ops`),
		check('engagement_opportunities_status', sql`${t.status} in (${sql.raw(quoted(opportunityStatuses))})`),
		check('engagement_opportunities_commitment', sql`${t.commitment} in (${sql.raw(quoted(commitments))})`),
		check('engagement_opportunities_schedule', sql`${t.schedule} between 0 and ${sql.raw(String(FULL_WEEK))}`)
	]
);

/** Where an opportunity takes place: some of its organisation's Engagement-Orte. */
export const opportunityPlaces = pgTable(
	'engagement_opportunity_places',
	{
		tenantId: uuid('tenant_id').notNull(),
		opportunityId: uuid('opportunity_id').notNull(),
		placeId: uuid('place_id').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.opportunityId, t.placeId] }),
		foreignKey({ columns: [t.tenantId, t.opportunityId], foreignColumns: [opportunities.tenantId, opportunities.id] }).onDelete('cascade'),
		foreignKey({ columns: [t.tenantId, t.placeId], foreignColumns: [places.tenantId, places.id] }).onDelete('cascade'),
		index('engagement_opportunity_places_place').on(t.tenantId, t.placeId)
	]
);

/** The directory's fields of activity an opportunity belongs to. */
export const opportunityFields = pgTable(
	'engagement_opportunity_fields',
	{
		tenantId: uuid('tenant_id').notNull(),
		opportunityId: uuid('opportunity_id').notNull(),
		categoryId: uuid('category_id').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.opportunityId, t.categoryId] }),
		foreignKey({ columns: [t.tenantId, t.opportunityId], foreignColumns: [opportunities.tenantId, opportunities.id] }).onDelete('cascade'),
		foreignKey({ columns: [t.tenantId, t.categoryId], foreignColumns: [categories.tenantId, categories.id] }).onDelete('cascade'),
		index('engagement_opportunity_fields_category').on(t.tenantId, t.categoryId)
	]
);

/**
 * "Ich habe Interesse": from an account, or from a guest with name and e-mail who confirms the
 * address first (only the confirmation token's SHA-256 is stored).
 */
export const applications = pgTable(
	'engagement_applications',
	{
		tenantId: uuid('tenant_id').notNull(),
		id: uuid('id').notNull().defaultRandom(),
		opportunityId: uuid('opportunity_id').notNull(),
		accountId: uuid('account_id'),
		guestName: text('guest_name'),
		/** Lower-cased. */
		guestEmail: text('guest_email'),
		/** When the guest confirmed the address; accounts' applications count as confirmed when sent. */
		confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
		confirmTokenHash: text('confirm_token_hash'),
		message: text('message').notNull().default(''),
		/** Exactly what the person chose to share with the organisation. */
		sharedContact: jsonb('shared_contact').$type<SharedContact>().notNull().default({}),
		status: text('status', { enum: applicationStatuses }).notNull().default('new'),
		statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull().defaultNow(),
		/** The 7-day reminder to the organisation. */
		remindedAt: timestamp('reminded_at', { withTimezone: true }),
		/** When it appeared in the coordinators' "wartet auf Antwort" list (14 days). */
		escalatedAt: timestamp('escalated_at', { withTimezone: true }),
		...stamps
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.id] }),
		foreignKey({ columns: [t.tenantId, t.opportunityId], foreignColumns: [opportunities.tenantId, opportunities.id] }).onDelete('cascade'),
		foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }).onDelete('cascade'),
		index('engagement_applications_opportunity').on(t.tenantId, t.opportunityId, t.status),
		index('engagement_applications_account').on(t.tenantId, t.accountId),
		index('engagement_applications_guest_email').on(t.tenantId, t.guestEmail),
		// Reminders and the waiting list look at unanswered ones by age.
		index('engagement_applications_status_changed').on(t.tenantId, t.status, t.statusChangedAt),
		uniqueIndex('engagement_applications_confirm_token').on(t.confirmTokenHash),
		check('engagement_applications_status', sql`${t.status} in (${sql.raw(quoted(applicationStatuses))})`),
		// From an account, or from a guest with name and address.
		check('engagement_applications_applicant', sql`${t.accountId} is not null or (${t.guestName} is not null and ${t.guestEmail} is not null)`)
	]
);

/** Notes on an application only the organisation's people see. */
export const applicationNotes = pgTable(
	'engagement_application_notes',
	{
		tenantId: uuid('tenant_id').notNull(),
		id: uuid('id').notNull().defaultRandom(),
		applicationId: uuid('application_id').notNull(),
		authorId: uuid('author_id'),
		text: text('text').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.id] }),
		foreignKey({ columns: [t.tenantId, t.applicationId], foreignColumns: [applications.tenantId, applications.id] }).onDelete('cascade'),
		index('engagement_application_notes_application').on(t.tenantId, t.applicationId, t.createdAt)
	]
);

/** An organisation's templated replies to applicants. */
export const replyTemplates = pgTable(
	'engagement_reply_templates',
	{
		tenantId: uuid('tenant_id').notNull(),
		id: uuid('id').notNull().defaultRandom(),
		organisationId: uuid('organisation_id').notNull(),
		name: text('name').notNull(),
		text: text('text').notNull(),
		...stamps
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.id] }),
		foreignKey({ columns: [t.tenantId, t.organisationId], foreignColumns: [organisations.tenantId, organisations.id] }).onDelete('cascade'),
		index('engagement_reply_templates_organisation').on(t.tenantId, t.organisationId)
	]
);

/** What a volunteer tells about themselves for "Passt zu mir"; every field optional. */
export const volunteerProfiles = pgTable(
	'engagement_volunteer_profiles',
	{
		tenantId: uuid('tenant_id').notNull(),
		accountId: uuid('account_id').notNull(),
		/** Ids of the directory's fields of activity. */
		interests: uuid('interests')
			.array()
			.notNull()
			.default(sql`'{}'::uuid[]`),
		skills: textList('skills'),
		languages: textList('languages'),
		/** The same week grid bit mask as an opportunity's schedule. */
		availability: integer('availability').notNull().default(0),
		/** Ids of the directory's districts (Stadtteile). */
		districts: uuid('districts')
			.array()
			.notNull()
			.default(sql`'{}'::uuid[]`),
		homePostcode: text('home_postcode').notNull().default(''),
		travelRadiusKm: integer('travel_radius_km'),
		ageBand: text('age_band', { enum: ageBands }),
		lookingFor: text('looking_for', { enum: lookingFor }).notNull().default('both'),
		/** "Ich möchte beraten werden", with the consent's time: coordinators see the person only then. */
		wantsAdvice: boolean('wants_advice').notNull().default(false),
		adviceConsentAt: timestamp('advice_consent_at', { withTimezone: true }),
		...stamps
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.accountId] }),
		foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }).onDelete('cascade'),
		index('engagement_volunteer_profiles_advice')
			.on(t.tenantId, t.adviceConsentAt)
			.where(sql`${t.wantsAdvice}`)
	]
);

/** A search someone wants new matches of by mail; works without an account (address confirmed first). */
export const savedSearches = pgTable(
	'engagement_saved_searches',
	{
		tenantId: uuid('tenant_id').notNull(),
		id: uuid('id').notNull().defaultRandom(),
		accountId: uuid('account_id'),
		/** Lower-cased. */
		email: text('email').notNull(),
		/** The search's parameters as in its shareable URL. */
		query: jsonb('query').$type<Record<string, string | string[]>>().notNull().default({}),
		frequency: text('frequency', { enum: searchFrequencies }).notNull().default('weekly'),
		confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
		confirmTokenHash: text('confirm_token_hash'),
		lastSentAt: timestamp('last_sent_at', { withTimezone: true }),
		/** One click unsubscribes; only the token's SHA-256 is stored. */
		unsubscribeTokenHash: text('unsubscribe_token_hash').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.id] }),
		foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }).onDelete('cascade'),
		index('engagement_saved_searches_account').on(t.tenantId, t.accountId),
		index('engagement_saved_searches_email').on(t.tenantId, t.email),
		index('engagement_saved_searches_due').on(t.frequency, t.lastSentAt),
		uniqueIndex('engagement_saved_searches_unsubscribe').on(t.unsubscribeTokenHash),
		uniqueIndex('engagement_saved_searches_confirm').on(t.confirmTokenHash)
	]
);

/** A coordinator suggests an opportunity to a volunteer who asked for advice. */
export const suggestions = pgTable(
	'engagement_suggestions',
	{
		tenantId: uuid('tenant_id').notNull(),
		id: uuid('id').notNull().defaultRandom(),
		opportunityId: uuid('opportunity_id').notNull(),
		accountId: uuid('account_id').notNull(),
		suggestedBy: uuid('suggested_by'),
		message: text('message').notNull().default(''),
		status: text('status', { enum: suggestionStatuses }).notNull().default('open'),
		answeredAt: timestamp('answered_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.id] }),
		foreignKey({ columns: [t.tenantId, t.opportunityId], foreignColumns: [opportunities.tenantId, opportunities.id] }).onDelete('cascade'),
		foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }).onDelete('cascade'),
		index('engagement_suggestions_account').on(t.tenantId, t.accountId, t.status),
		index('engagement_suggestions_opportunity').on(t.tenantId, t.opportunityId)
	]
);

/** The coordinators' log of advice given (Beratungsgespräche). */
export const consultations = pgTable(
	'engagement_consultations',
	{
		tenantId: uuid('tenant_id').notNull(),
		id: uuid('id').notNull().defaultRandom(),
		accountId: uuid('account_id').notNull(),
		heldOn: date('held_on').notNull(),
		topic: text('topic').notNull(),
		note: text('note').notNull().default(''),
		authorId: uuid('author_id'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.id] }),
		foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }).onDelete('cascade'),
		index('engagement_consultations_account').on(t.tenantId, t.accountId, t.heldOn),
		index('engagement_consultations_held').on(t.tenantId, t.heldOn)
	]
);

/**
 * Searches that found nothing, counted per day by their normalised words and filters — never with
 * who searched: the "blinde Flecken" the coordinators look for offers for.
 */
export const searchDemand = pgTable(
	'engagement_search_demand',
	{
		tenantId: uuid('tenant_id')
			.notNull()
			.references(() => tenants.id, { onDelete: 'cascade' }),
		day: date('day').notNull(),
		/** The folded search words, sorted, between single spaces; '' for a search by filters only. */
		words: text('words').notNull(),
		/** The filters, with sorted keys, so equal searches meet in one row. */
		filters: jsonb('filters').$type<Record<string, string | string[]>>().notNull().default({}),
		count: integer('count').notNull().default(1)
	},
	(t) => [primaryKey({ columns: [t.tenantId, t.day, t.words, t.filters] })]
);

/** A town's settings of the Freiwilligenbörse; without a row the defaults apply. */
export const engagementSettings = pgTable(
	'engagement_settings',
	{
		tenantId: uuid('tenant_id')
			.primaryKey()
			.references(() => tenants.id, { onDelete: 'cascade' }),
		/** Coordinators review an opportunity before it is published. */
		reviewRequired: boolean('review_required').notNull().default(false),
		/** Months a published opportunity stays up without being confirmed. */
		expiryMonths: integer('expiry_months').notNull().default(6),
		/** Host names whose pages may embed the widget (frame-ancestors). */
		embedHosts: textList('embed_hosts'),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [check('engagement_settings_expiry_months', sql`${t.expiryMonths} between 1 and 36`)]
);
