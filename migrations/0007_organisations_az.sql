DROP INDEX "organisations_status_name";--> statement-breakpoint
CREATE INDEX "organisations_status_lower_name" ON "organisations" USING btree ("tenant_id","status",lower("name"));