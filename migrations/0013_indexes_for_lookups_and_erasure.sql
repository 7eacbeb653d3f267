CREATE INDEX "email_tokens_account" ON "email_tokens" USING btree ("tenant_id","account_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity" ON "audit_log" USING btree ("tenant_id","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_actor" ON "audit_log" USING btree ("tenant_id","actor_id");--> statement-breakpoint
CREATE INDEX "organisation_invitations_organisation" ON "organisation_invitations" USING btree ("tenant_id","organisation_id");--> statement-breakpoint
CREATE INDEX "organisation_invitations_email" ON "organisation_invitations" USING btree ("tenant_id","email");--> statement-breakpoint
CREATE INDEX "walk_stops_place" ON "walk_stops" USING btree ("tenant_id","place_id");