import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { meetings } from './groups';
import { trajectories } from './trajectories';

const userRef = (name: string) =>
  text(name)
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });
const at = (name: string) => timestamp(name, { withTimezone: true }).notNull().defaultNow();

/**
 * Signatures on a meeting's attendance list (REG-3, REG-4): each present member's own line, and one
 * countersignature by the facilitator or chair. Never changed once written.
 */
export const attendanceSignatures = pgTable(
  'attendance_signatures',
  {
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    userId: userRef('user_id'),
    kind: text('kind', { enum: ['own', 'countersign'] }).notNull(),
    /** The account name at signing, and the name or initials the person typed. */
    name: text('name').notNull(),
    signature: text('signature').notNull(),
    /** The minutes the log gave when they signed (REG-1), so a later change would show. */
    minutes: integer('minutes').notNull(),
    signedAt: at('signed_at'),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.kind, t.userId] }),
    index('attendance_signatures_user_idx').on(t.userId),
    uniqueIndex('attendance_countersign_idx').on(t.meetingId).where(sql`kind = 'countersign'`),
  ],
);

/** A trajectory facilitator's signed reflection statement (REG-6): one per trajectory. */
export const facilitatorStatements = pgTable('facilitator_statements', {
  trajectoryId: text('trajectory_id')
    .primaryKey()
    .references(() => trajectories.id, { onDelete: 'cascade' }),
  facilitatorId: userRef('facilitator_id'),
  facilitatorName: text('facilitator_name').notNull(),
  register: text('register').notNull(),
  registrationNumber: text('registration_number').notNull(),
  text: text('text').notNull(),
  signature: text('signature').notNull(),
  signedAt: at('signed_at'),
});

/** A person's own register target (REG-7), possibly copied from a shipped example. */
export const registerTargets = pgTable(
  'register_targets',
  {
    id: text('id').primaryKey(),
    userId: userRef('user_id'),
    example: text('example'),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    source: text('source').notNull(),
    sourceDate: text('source_date').notNull(),
    hours: doublePrecision('hours').notNull(),
    periodMonths: integer('period_months').notNull(),
    minSessionMinutes: integer('min_session_minutes').notNull(),
    pointsPerHour: doublePrecision('points_per_hour').notNull(),
    minGroupSize: integer('min_group_size'),
    requiresSignedList: boolean('requires_signed_list').notNull(),
    createdAt: at('created_at'),
    updatedAt: at('updated_at'),
  },
  (t) => [index('register_targets_user_idx').on(t.userId)],
);

/**
 * A dossier PDF that was handed out (REG-8, REG-9): its code, the period and targets it was made with, and
 * a digest of the record, so /verify can tell whether the record today still gives the same document.
 */
export const dossierDocuments = pgTable(
  'dossier_documents',
  {
    code: text('code').primaryKey(),
    userId: userRef('user_id'),
    fromDay: text('from_day').notNull(),
    toDay: text('to_day').notNull(),
    targets: jsonb('targets').$type<unknown[]>().notNull(),
    digest: text('digest').notNull(),
    summary: jsonb('summary').$type<Record<string, unknown>>().notNull(),
    createdAt: at('created_at'),
  },
  (t) => [index('dossier_documents_user_idx').on(t.userId)],
);

/**
 * When each person's sockets to a meeting were open, as the live room noted them (REG-1): the log knows
 * joins and leaves, not a dropped connection. closedAt stays null when the process stopped before it could
 * note the close. No key to the account: a guest's id is none; an account's rows go with it (ACCOUNT-1).
 */
export const meetingConnections = pgTable(
  'meeting_connections',
  {
    id: serial('id').primaryKey(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    index('meeting_connections_meeting_idx').on(t.meetingId),
    index('meeting_connections_user_idx').on(t.userId),
  ],
);
