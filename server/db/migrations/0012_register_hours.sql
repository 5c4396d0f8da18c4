CREATE TABLE "attendance_signatures" (
	"meeting_id" text NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"signature" text NOT NULL,
	"minutes" integer NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_signatures_meeting_id_kind_user_id_pk" PRIMARY KEY("meeting_id","kind","user_id")
);
--> statement-breakpoint
CREATE TABLE "dossier_documents" (
	"code" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"from_day" text NOT NULL,
	"to_day" text NOT NULL,
	"targets" jsonb NOT NULL,
	"digest" text NOT NULL,
	"summary" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "facilitator_statements" (
	"trajectory_id" text PRIMARY KEY NOT NULL,
	"facilitator_id" text NOT NULL,
	"facilitator_name" text NOT NULL,
	"register" text NOT NULL,
	"registration_number" text NOT NULL,
	"text" text NOT NULL,
	"signature" text NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "register_targets" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"example" text,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"source_date" text NOT NULL,
	"hours" double precision NOT NULL,
	"period_months" integer NOT NULL,
	"min_session_minutes" integer NOT NULL,
	"points_per_hour" double precision NOT NULL,
	"min_group_size" integer,
	"requires_signed_list" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attendance_signatures" ADD CONSTRAINT "attendance_signatures_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_signatures" ADD CONSTRAINT "attendance_signatures_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_documents" ADD CONSTRAINT "dossier_documents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilitator_statements" ADD CONSTRAINT "facilitator_statements_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilitator_statements" ADD CONSTRAINT "facilitator_statements_facilitator_id_users_id_fk" FOREIGN KEY ("facilitator_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_targets" ADD CONSTRAINT "register_targets_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attendance_signatures_user_idx" ON "attendance_signatures" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_countersign_idx" ON "attendance_signatures" USING btree ("meeting_id") WHERE kind = 'countersign';--> statement-breakpoint
CREATE INDEX "dossier_documents_user_idx" ON "dossier_documents" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "register_targets_user_idx" ON "register_targets" USING btree ("user_id");