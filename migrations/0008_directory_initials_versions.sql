CREATE TABLE "directory_versions" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	"changed_in" bigint
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "initial" text GENERATED ALWAYS AS (case when name <> '' and position(upper(translate(left(name, 1), 'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŸŠŽàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿšž', 'AAAAAAACEEEEIIIINOOOOOOUUUUYYSZaaaaaaaceeeeiiiinoooooouuuuyysz')) in 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') > 0
				then upper(translate(left(name, 1), 'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŸŠŽàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿšž', 'AAAAAAACEEEEIIIINOOOOOOUUUUYYSZaaaaaaaceeeeiiiinoooooouuuuyysz')) else '#' end) STORED;--> statement-breakpoint
CREATE INDEX "organisations_initial_lower_name" ON "organisations" USING btree ("tenant_id","status","initial",lower("name"));--> statement-breakpoint
-- Raises the town's directory version once per transaction that writes a table the public
-- directory documents (GeoJSON, open data) are built from; caches compare the number.
CREATE FUNCTION "directory_touch"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	town uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END;
	tx bigint := pg_current_xact_id()::text::bigint;
BEGIN
	INSERT INTO directory_versions AS v (tenant_id, version, changed_in) VALUES (town, 1, tx)
	ON CONFLICT (tenant_id) DO UPDATE SET version = v.version + 1, changed_in = tx
	WHERE v.changed_in IS DISTINCT FROM tx;
	RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "organisations_directory_touch" AFTER INSERT OR UPDATE OR DELETE ON "organisations" FOR EACH ROW EXECUTE FUNCTION "directory_touch"();--> statement-breakpoint
CREATE TRIGGER "organisation_categories_directory_touch" AFTER INSERT OR UPDATE OR DELETE ON "organisation_categories" FOR EACH ROW EXECUTE FUNCTION "directory_touch"();--> statement-breakpoint
CREATE TRIGGER "directory_categories_directory_touch" AFTER INSERT OR UPDATE OR DELETE ON "directory_categories" FOR EACH ROW EXECUTE FUNCTION "directory_touch"();--> statement-breakpoint
CREATE TRIGGER "places_directory_touch" AFTER INSERT OR UPDATE OR DELETE ON "places" FOR EACH ROW EXECUTE FUNCTION "directory_touch"();--> statement-breakpoint
CREATE TRIGGER "districts_directory_touch" AFTER INSERT OR UPDATE OR DELETE ON "districts" FOR EACH ROW EXECUTE FUNCTION "directory_touch"();
