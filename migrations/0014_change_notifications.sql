-- Every server process keeps pages and tenants in memory until they change: the database tells
-- all of them at commit, on one channel, "<tenant id> <topic>" (NOTIFY folds repeats within a
-- transaction, so an import of thousands of rows sends one message).
CREATE FUNCTION "notify_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	town text := (CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END) ->> TG_ARGV[1];
BEGIN
	PERFORM pg_notify('gemeinwerk_changes', town || ' ' || TG_ARGV[0]);
	RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "tenants_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "tenants" FOR EACH ROW EXECUTE FUNCTION "notify_change"('tenant', 'id');--> statement-breakpoint
CREATE TRIGGER "tenant_hosts_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "tenant_hosts" FOR EACH ROW EXECUTE FUNCTION "notify_change"('tenant', 'tenant_id');--> statement-breakpoint
-- The directory's version counter (decision 0008) moves with the same writes; its documents
-- and pages are named by the topic 'directory'.
CREATE OR REPLACE FUNCTION "directory_touch"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	town uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END;
	tx bigint := pg_current_xact_id()::text::bigint;
BEGIN
	INSERT INTO directory_versions AS v (tenant_id, version, changed_in) VALUES (town, 1, tx)
	ON CONFLICT (tenant_id) DO UPDATE SET version = v.version + 1, changed_in = tx
	WHERE v.changed_in IS DISTINCT FROM tx;
	PERFORM pg_notify('gemeinwerk_changes', town::text || ' directory');
	RETURN NULL;
END $$;
