import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './auth';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const userRef = (name: string) =>
  text(name)
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });
const groupRef = () =>
  text('group_id')
    .notNull()
    .references(() => groups.id, { onDelete: 'cascade' });
const meetingRef = () =>
  text('meeting_id')
    .notNull()
    .references(() => meetings.id, { onDelete: 'cascade' });

export const groups = pgTable('groups', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  language: text('language').notNull().default('nl'),
  createdAt: createdAt(),
});

export const memberships = pgTable(
  'memberships',
  {
    groupId: groupRef(),
    userId: userRef('user_id'),
    role: text('role', { enum: ['member', 'facilitator', 'admin'] })
      .notNull()
      .default('member'),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index('memberships_user_idx').on(t.userId)],
);

export const invites = pgTable('invites', {
  id: text('id').primaryKey(),
  groupId: groupRef(),
  kind: text('kind', { enum: ['link', 'email'] }).notNull(),
  email: text('email'),
  // SHA-256 of the secret token; the token itself is only in the link.
  tokenHash: text('token_hash').notNull().unique(),
  createdBy: userRef('created_by'),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  usedCount: integer('used_count').notNull().default(0),
  createdAt: createdAt(),
});

/**
 * Members an admin removed, and when. Invites made before that moment no longer let them in (a reusable
 * link would otherwise undo the removal at once); a new invite does.
 */
export const memberRemovals = pgTable(
  'member_removals',
  {
    groupId: groupRef(),
    userId: userRef('user_id'),
    removedAt: timestamp('removed_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] })],
);

export const groundRuleVersions = pgTable(
  'ground_rule_versions',
  {
    groupId: groupRef(),
    version: integer('version').notNull(),
    items: jsonb('items').$type<{ title: string; body: string }[]>().notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.version] })],
);

export const groundRuleAcceptances = pgTable(
  'ground_rule_acceptances',
  {
    groupId: groupRef(),
    userId: userRef('user_id'),
    version: integer('version').notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId, t.version] })],
);

export const meetings = pgTable(
  'meetings',
  {
    id: text('id').primaryKey(),
    groupId: groupRef(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    timeZone: text('time_zone').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    place: text('place').notNull().default(''),
    videoUrl: text('video_url'),
    methodId: text('method_id'),
    methodVersionId: text('method_version_id'),
    /** The live room moves to the next phase by itself when a time box ends (off unless the planner turns it on). */
    autoAdvance: boolean('auto_advance').notNull().default(false),
    rota: jsonb('rota')
      .$type<{ chair: string | null; timekeeper: string | null; scribe: string | null }>()
      .notNull(),
    status: text('status', { enum: ['scheduled', 'live', 'ended'] })
      .notNull()
      .default('scheduled'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** A practice meeting on an example case, with who plays its case-giver (PRACTICE-3); null for a real one. */
    practice: jsonb('practice').$type<{ caseId: string; caseGiverId: string | null }>(),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('meetings_group_starts_idx').on(t.groupId, t.startsAt)],
);

export const rsvps = pgTable(
  'rsvps',
  {
    meetingId: meetingRef(),
    userId: userRef('user_id'),
    response: text('response', { enum: ['yes', 'no', 'maybe'] }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] })],
);

export const cases = pgTable(
  'cases',
  {
    id: text('id').primaryKey(),
    groupId: groupRef(),
    meetingId: text('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    authorId: userRef('author_id'),
    title: text('title').notNull(),
    situation: text('situation').notNull().default(''),
    question: text('question').notNull().default(''),
    stream: text('stream', { enum: ['bovenstroom', 'onderstroom'] }),
    ownProblem: boolean('own_problem').notNull().default(false),
    current: boolean('current').notNull().default(false),
    concrete: boolean('concrete').notNull().default(false),
    bothersMe: boolean('bothers_me').notNull().default(false),
    wantToAct: boolean('want_to_act').notNull().default(false),
    status: text('status', { enum: ['draft', 'submitted', 'discussed'] })
      .notNull()
      .default('draft'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cases_meeting_idx').on(t.meetingId), index('cases_author_idx').on(t.authorId)],
);

export const recusals = pgTable(
  'recusals',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    userId: userRef('user_id'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] })],
);

export const actions = pgTable(
  'actions',
  {
    id: text('id').primaryKey(),
    userId: userRef('user_id'),
    groupId: groupRef(),
    meetingId: text('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    caseId: text('case_id').references(() => cases.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    status: text('status', { enum: ['open', 'done'] })
      .notNull()
      .default('open'),
    followUp: text('follow_up').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('actions_user_idx').on(t.userId), index('actions_group_idx').on(t.groupId)],
);

export const attendance = pgTable(
  'attendance',
  {
    meetingId: meetingRef(),
    userId: userRef('user_id'),
    present: boolean('present').notNull(),
    roles: jsonb('roles').$type<string[]>().notNull().default([]),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] })],
);

export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: text('id').primaryKey(),
    userId: userRef('user_id'),
    secretHash: text('secret_hash').notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('calendar_feeds_secret_idx').on(t.secretHash)],
);
