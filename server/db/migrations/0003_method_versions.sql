CREATE TABLE "method_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"group_id" text NOT NULL,
	"lineage_id" text NOT NULL,
	"version" integer NOT NULL,
	"base_method_id" text NOT NULL,
	"definition" jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "method_versions" ADD CONSTRAINT "method_versions_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "method_versions" ADD CONSTRAINT "method_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "method_versions_lineage_version_idx" ON "method_versions" USING btree ("group_id","lineage_id","version");--> statement-breakpoint
CREATE INDEX "method_versions_group_idx" ON "method_versions" USING btree ("group_id");