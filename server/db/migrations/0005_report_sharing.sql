CREATE TABLE "report_sharing_changes" (
	"id" serial PRIMARY KEY NOT NULL,
	"group_id" text NOT NULL,
	"level" text NOT NULL,
	"changed_by" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_sharing_changes" ADD CONSTRAINT "report_sharing_changes_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_sharing_changes" ADD CONSTRAINT "report_sharing_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_sharing_changes_group_idx" ON "report_sharing_changes" USING btree ("group_id","changed_at");