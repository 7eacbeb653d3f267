ALTER TABLE "accessibility_feedback" ADD COLUMN "status" text DEFAULT 'new' NOT NULL;--> statement-breakpoint
ALTER TABLE "accessibility_feedback" ADD COLUMN "handler_id" uuid;--> statement-breakpoint
ALTER TABLE "accessibility_feedback" ADD COLUMN "reply" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "accessibility_feedback" ADD COLUMN "replied_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "accessibility_feedback" ADD COLUMN "reminder_sent_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "accessibility_feedback_open" ON "accessibility_feedback" USING btree ("tenant_id","status","created_at");