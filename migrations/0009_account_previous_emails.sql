CREATE TABLE "account_previous_emails" (
	"tenant_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"email" text NOT NULL,
	"replaced_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_previous_emails_tenant_id_account_id_email_pk" PRIMARY KEY("tenant_id","account_id","email")
);
--> statement-breakpoint
ALTER TABLE "account_previous_emails" ADD CONSTRAINT "account_previous_emails_tenant_id_account_id_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","account_id") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;