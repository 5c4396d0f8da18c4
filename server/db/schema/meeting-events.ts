import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { meetings } from './groups';

const meetingRef = () =>
  text('meeting_id')
    .notNull()
    .references(() => meetings.id, { onDelete: 'cascade' });

/**
 * The append-only log of a live meeting: its state is the fold of these events. Rows are never
 * updated or deleted (except with their meeting). `actor_id` has no foreign key on purpose: it may be
 * a guest (`guest:<id>`) or empty for the server's own events, and deleting an account must not
 * rewrite a group's meeting history (the meeting itself cascades).
 */
export const meetingEvents = pgTable(
  'meeting_events',
  {
    meetingId: meetingRef(),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    payload: jsonb('payload').notNull(),
    actorId: text('actor_id'),
    // Set on the last event a command produced, so a retry finds the seq to acknowledge.
    commandId: text('command_id'),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    uniqueIndex('meeting_events_seq_idx').on(t.meetingId, t.seq),
    // NULLs are distinct in PostgreSQL, so events without a command never collide.
    uniqueIndex('meeting_events_command_idx').on(t.meetingId, t.commandId),
  ],
);

/** A guest who asked to join one live meeting with its join code; only the chair admits them. */
export const meetingGuests = pgTable(
  'meeting_guests',
  {
    id: text('id').primaryKey(),
    meetingId: meetingRef(),
    displayName: text('display_name').notNull(),
    // SHA-256 of the secret token; the token itself lives only in the guest's httpOnly cookie.
    tokenHash: text('token_hash').notNull().unique(),
    status: text('status', { enum: ['waiting', 'admitted', 'refused'] })
      .notNull()
      .default('waiting'),
    acceptedConfidentialityAt: timestamp('accepted_confidentiality_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meeting_guests_meeting_idx').on(t.meetingId)],
);

/** The short code a projector shows so guests can find the meeting; one per meeting. */
export const meetingJoinCodes = pgTable('meeting_join_codes', {
  meetingId: meetingRef().primaryKey(),
  code: text('code').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
