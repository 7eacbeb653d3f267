ALTER TABLE "tenants" ADD COLUMN "tile_url" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "tile_attribution" text DEFAULT '' NOT NULL;