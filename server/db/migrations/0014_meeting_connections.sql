CREATE TABLE "meeting_connections" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" text NOT NULL,
	"user_id" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "meeting_connections" ADD CONSTRAINT "meeting_connections_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_connections_meeting_idx" ON "meeting_connections" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_connections_user_idx" ON "meeting_connections" USING btree ("user_id");