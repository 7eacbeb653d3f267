CREATE TABLE "engagement_application_notes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"author_id" uuid,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "engagement_application_notes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "engagement_applications" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"account_id" uuid,
	"guest_name" text,
	"guest_email" text,
	"confirmed_at" timestamp with time zone,
	"confirm_token_hash" text,
	"message" text DEFAULT '' NOT NULL,
	"shared_contact" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reminded_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "engagement_applications_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "engagement_applications_status" CHECK ("engagement_applications"."status" in ('new', 'in_contact', 'accepted', 'declined', 'withdrawn')),
	CONSTRAINT "engagement_applications_applicant" CHECK ("engagement_applications"."account_id" is not null or ("engagement_applications"."guest_name" is not null and "engagement_applications"."guest_email" is not null))
);
--> statement-breakpoint
CREATE TABLE "engagement_consultations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"topic" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "engagement_consultations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "engagement_settings" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"review_required" boolean DEFAULT false NOT NULL,
	"expiry_months" integer DEFAULT 6 NOT NULL,
	"embed_hosts" text[] DEFAULT '{}'::text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "engagement_settings_expiry_months" CHECK ("engagement_settings"."expiry_months" between 1 and 36)
);
--> statement-breakpoint
CREATE TABLE "engagement_opportunities" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"tasks" text DEFAULT '' NOT NULL,
	"commitment" text NOT NULL,
	"hours_per_month" integer,
	"schedule" integer DEFAULT 0 NOT NULL,
	"dates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"min_age" integer,
	"for_youth_14" boolean DEFAULT false NOT NULL,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"requirements" text[] DEFAULT '{}'::text[] NOT NULL,
	"offers" text[] DEFAULT '{}'::text[] NOT NULL,
	"accessibility" text DEFAULT '' NOT NULL,
	"volunteers_wanted" integer,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"photo_path" text,
	"online" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sort_key" text GENERATED ALWAYS AS (replace(lower(translate(title, 'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŸŠŽàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿšž', 'AAAAAAACEEEEIIIINOOOOOOUUUUYYSZaaaaaaaceeeeiiiinoooooouuuuyysz')), 'ß', 'ss')) STORED NOT NULL,
	"search_words" text GENERATED ALWAYS AS (' ' || trim(regexp_replace(replace(lower(translate(title || ' ' || tasks, 'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŸŠŽàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿšž', 'AAAAAAACEEEEIIIINOOOOOOUUUUYYSZaaaaaaaceeeeiiiinoooooouuuuyysz')), 'ß', 'ss'), '[^[:alnum:]]+', ' ', 'g')) || ' ') STORED NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('gw_german', coalesce(title, '')), 'A') || setweight(to_tsvector('gw_german', coalesce(tasks, '')), 'B') || setweight(to_tsvector('gw_german', coalesce(description, '')), 'C')) STORED,
	CONSTRAINT "engagement_opportunities_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "engagement_opportunities_status" CHECK ("engagement_opportunities"."status" in ('draft', 'review', 'published', 'paused', 'filled', 'expired', 'archived')),
	CONSTRAINT "engagement_opportunities_commitment" CHECK ("engagement_opportunities"."commitment" in ('regular', 'project', 'once', 'spontaneous')),
	CONSTRAINT "engagement_opportunities_schedule" CHECK ("engagement_opportunities"."schedule" between 0 and 2097151)
);
--> statement-breakpoint
CREATE TABLE "engagement_opportunity_fields" (
	"tenant_id" uuid NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	CONSTRAINT "engagement_opportunity_fields_tenant_id_opportunity_id_category_id_pk" PRIMARY KEY("tenant_id","opportunity_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "engagement_opportunity_places" (
	"tenant_id" uuid NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	CONSTRAINT "engagement_opportunity_places_tenant_id_opportunity_id_place_id_pk" PRIMARY KEY("tenant_id","opportunity_id","place_id")
);
--> statement-breakpoint
CREATE TABLE "engagement_reply_templates" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "engagement_reply_templates_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "engagement_saved_searches" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid,
	"email" text NOT NULL,
	"query" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"frequency" text DEFAULT 'weekly' NOT NULL,
	"confirmed_at" timestamp with time zone,
	"confirm_token_hash" text,
	"last_sent_at" timestamp with time zone,
	"unsubscribe_token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "engagement_saved_searches_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "engagement_search_demand" (
	"tenant_id" uuid NOT NULL,
	"day" date NOT NULL,
	"words" text NOT NULL,
	"filters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"count" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "engagement_search_demand_tenant_id_day_words_filters_pk" PRIMARY KEY("tenant_id","day","words","filters")
);
--> statement-breakpoint
CREATE TABLE "engagement_suggestions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"suggested_by" uuid,
	"message" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "engagement_suggestions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "engagement_volunteer_profiles" (
	"tenant_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"interests" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"availability" integer DEFAULT 0 NOT NULL,
	"districts" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"home_postcode" text DEFAULT '' NOT NULL,
	"travel_radius_km" integer,
	"age_band" text,
	"looking_for" text DEFAULT 'both' NOT NULL,
	"wants_advice" boolean DEFAULT false NOT NULL,
	"advice_consent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "engagement_volunteer_profiles_tenant_id_account_id_pk" PRIMARY KEY("tenant_id","account_id")
);
--> statement-breakpoint
ALTER TABLE "engagement_application_notes" ADD CONSTRAINT "engagement_application_notes_tenant_id_application_id_engagement_applications_tenant_id_id_fk" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."engagement_applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_applications" ADD CONSTRAINT "engagement_applications_tenant_id_opportunity_id_engagement_opportunities_tenant_id_id_fk" FOREIGN KEY ("tenant_id","opportunity_id") REFERENCES "public"."engagement_opportunities"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_applications" ADD CONSTRAINT "engagement_applications_tenant_id_account_id_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","account_id") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_consultations" ADD CONSTRAINT "engagement_consultations_tenant_id_account_id_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","account_id") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_settings" ADD CONSTRAINT "engagement_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_opportunities" ADD CONSTRAINT "engagement_opportunities_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_opportunities" ADD CONSTRAINT "engagement_opportunities_tenant_id_organisation_id_organisations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_opportunity_fields" ADD CONSTRAINT "engagement_opportunity_fields_tenant_id_opportunity_id_engagement_opportunities_tenant_id_id_fk" FOREIGN KEY ("tenant_id","opportunity_id") REFERENCES "public"."engagement_opportunities"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_opportunity_fields" ADD CONSTRAINT "engagement_opportunity_fields_tenant_id_category_id_directory_categories_tenant_id_id_fk" FOREIGN KEY ("tenant_id","category_id") REFERENCES "public"."directory_categories"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_opportunity_places" ADD CONSTRAINT "engagement_opportunity_places_tenant_id_opportunity_id_engagement_opportunities_tenant_id_id_fk" FOREIGN KEY ("tenant_id","opportunity_id") REFERENCES "public"."engagement_opportunities"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_opportunity_places" ADD CONSTRAINT "engagement_opportunity_places_tenant_id_place_id_places_tenant_id_id_fk" FOREIGN KEY ("tenant_id","place_id") REFERENCES "public"."places"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_reply_templates" ADD CONSTRAINT "engagement_reply_templates_tenant_id_organisation_id_organisations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_saved_searches" ADD CONSTRAINT "engagement_saved_searches_tenant_id_account_id_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","account_id") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_search_demand" ADD CONSTRAINT "engagement_search_demand_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_suggestions" ADD CONSTRAINT "engagement_suggestions_tenant_id_opportunity_id_engagement_opportunities_tenant_id_id_fk" FOREIGN KEY ("tenant_id","opportunity_id") REFERENCES "public"."engagement_opportunities"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_suggestions" ADD CONSTRAINT "engagement_suggestions_tenant_id_account_id_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","account_id") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_volunteer_profiles" ADD CONSTRAINT "engagement_volunteer_profiles_tenant_id_account_id_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","account_id") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "engagement_application_notes_application" ON "engagement_application_notes" USING btree ("tenant_id","application_id","created_at");--> statement-breakpoint
CREATE INDEX "engagement_applications_opportunity" ON "engagement_applications" USING btree ("tenant_id","opportunity_id","status");--> statement-breakpoint
CREATE INDEX "engagement_applications_account" ON "engagement_applications" USING btree ("tenant_id","account_id");--> statement-breakpoint
CREATE INDEX "engagement_applications_guest_email" ON "engagement_applications" USING btree ("tenant_id","guest_email");--> statement-breakpoint
CREATE INDEX "engagement_applications_status_changed" ON "engagement_applications" USING btree ("tenant_id","status","status_changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "engagement_applications_confirm_token" ON "engagement_applications" USING btree ("confirm_token_hash");--> statement-breakpoint
CREATE INDEX "engagement_consultations_account" ON "engagement_consultations" USING btree ("tenant_id","account_id","held_on");--> statement-breakpoint
CREATE INDEX "engagement_consultations_held" ON "engagement_consultations" USING btree ("tenant_id","held_on");--> statement-breakpoint
CREATE INDEX "engagement_opportunities_organisation" ON "engagement_opportunities" USING btree ("tenant_id","organisation_id","status");--> statement-breakpoint
CREATE INDEX "engagement_opportunities_status_sort_key" ON "engagement_opportunities" USING btree ("tenant_id","status","sort_key");--> statement-breakpoint
CREATE INDEX "engagement_opportunities_status_published" ON "engagement_opportunities" USING btree ("tenant_id","status","published_at");--> statement-breakpoint
CREATE INDEX "engagement_opportunities_expires" ON "engagement_opportunities" USING btree ("expires_at") WHERE "engagement_opportunities"."status" = 'published';--> statement-breakpoint
CREATE INDEX "engagement_opportunities_search" ON "engagement_opportunities" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "engagement_opportunities_search_words_trgm" ON "engagement_opportunities" USING gin ("search_words" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "engagement_opportunity_fields_category" ON "engagement_opportunity_fields" USING btree ("tenant_id","category_id");--> statement-breakpoint
CREATE INDEX "engagement_opportunity_places_place" ON "engagement_opportunity_places" USING btree ("tenant_id","place_id");--> statement-breakpoint
CREATE INDEX "engagement_reply_templates_organisation" ON "engagement_reply_templates" USING btree ("tenant_id","organisation_id");--> statement-breakpoint
CREATE INDEX "engagement_saved_searches_account" ON "engagement_saved_searches" USING btree ("tenant_id","account_id");--> statement-breakpoint
CREATE INDEX "engagement_saved_searches_email" ON "engagement_saved_searches" USING btree ("tenant_id","email");--> statement-breakpoint
CREATE INDEX "engagement_saved_searches_due" ON "engagement_saved_searches" USING btree ("frequency","last_sent_at");--> statement-breakpoint
CREATE UNIQUE INDEX "engagement_saved_searches_unsubscribe" ON "engagement_saved_searches" USING btree ("unsubscribe_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "engagement_saved_searches_confirm" ON "engagement_saved_searches" USING btree ("confirm_token_hash");--> statement-breakpoint
CREATE INDEX "engagement_suggestions_account" ON "engagement_suggestions" USING btree ("tenant_id","account_id","status");--> statement-breakpoint
CREATE INDEX "engagement_suggestions_opportunity" ON "engagement_suggestions" USING btree ("tenant_id","opportunity_id");--> statement-breakpoint
CREATE INDEX "engagement_volunteer_profiles_advice" ON "engagement_volunteer_profiles" USING btree ("tenant_id","advice_consent_at") WHERE "engagement_volunteer_profiles"."wants_advice";--> statement-breakpoint
-- What the public opportunity pages and the organisations' profiles are built from tells every
-- server process at commit (migration 0014): pages kept for visitors name the topic 'engagement'.
-- Once per statement and town, not per row: the demo seed writes hundreds of rows at once.
CREATE FUNCTION "engagement_notify_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	town uuid;
BEGIN
	FOR town IN SELECT DISTINCT tenant_id FROM changed LOOP
		PERFORM pg_notify('gemeinwerk_changes', town::text || ' engagement');
	END LOOP;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "engagement_opportunities_insert_notify" AFTER INSERT ON "engagement_opportunities" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "engagement_notify_change"();
--> statement-breakpoint
CREATE TRIGGER "engagement_opportunities_update_notify" AFTER UPDATE ON "engagement_opportunities" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "engagement_notify_change"();
--> statement-breakpoint
CREATE TRIGGER "engagement_opportunities_delete_notify" AFTER DELETE ON "engagement_opportunities" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "engagement_notify_change"();
--> statement-breakpoint
CREATE TRIGGER "engagement_opportunity_places_insert_notify" AFTER INSERT ON "engagement_opportunity_places" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "engagement_notify_change"();
--> statement-breakpoint
CREATE TRIGGER "engagement_opportunity_places_update_notify" AFTER UPDATE ON "engagement_opportunity_places" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "engagement_notify_change"();
--> statement-breakpoint
CREATE TRIGGER "engagement_opportunity_places_delete_notify" AFTER DELETE ON "engagement_opportunity_places" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "engagement_notify_change"();
--> statement-breakpoint
CREATE TRIGGER "engagement_opportunity_fields_insert_notify" AFTER INSERT ON "engagement_opportunity_fields" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "engagement_notify_change"();
--> statement-breakpoint
CREATE TRIGGER "engagement_opportunity_fields_update_notify" AFTER UPDATE ON "engagement_opportunity_fields" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "engagement_notify_change"();
--> statement-breakpoint
CREATE TRIGGER "engagement_opportunity_fields_delete_notify" AFTER DELETE ON "engagement_opportunity_fields" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "engagement_notify_change"();
--> statement-breakpoint
CREATE TRIGGER "engagement_settings_insert_notify" AFTER INSERT ON "engagement_settings" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "engagement_notify_change"();
--> statement-breakpoint
CREATE TRIGGER "engagement_settings_update_notify" AFTER UPDATE ON "engagement_settings" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "engagement_notify_change"();
--> statement-breakpoint
CREATE TRIGGER "engagement_settings_delete_notify" AFTER DELETE ON "engagement_settings" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "engagement_notify_change"();
