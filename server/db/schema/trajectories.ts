import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { groups, meetings } from './groups';

type Ratings = Partial<Record<'others' | 'self' | 'repertoire' | 'methods' | 'reflect', number>>;
const sharing = () =>
  text('sharing', { enum: ['private', 'facilitator'] })
    .notNull()
    .default('private');
const userRef = (name: string) =>
  text(name)
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });

/** A series of meetings of one group (server/features/trajectories), guided by a facilitator or not. */
export const trajectories = pgTable(
  'trajectories',
  {
    id: text('id').primaryKey(),
    groupId: text('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    plannedMeetings: integer('planned_meetings').notNull(),
    mode: text('mode', { enum: ['guided', 'autonomous'] }).notNull(),
    facilitatorId: text('facilitator_id').references(() => users.id, { onDelete: 'set null' }),
    previousId: text('previous_id'),
    sharedAggregates: jsonb('shared_aggregates').$type<string[]>().notNull().default([]),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [index('trajectories_group_idx').on(t.groupId)],
);

/**
 * A meeting's place in a trajectory and the facilitator's plan for it. The live room may read the plan
 * (facilitatorModeOf); a meeting is in at most one trajectory.
 */
export const trajectoryMeetings = pgTable(
  'trajectory_meetings',
  {
    meetingId: text('meeting_id')
      .primaryKey()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    trajectoryId: text('trajectory_id')
      .notNull()
      .references(() => trajectories.id, { onDelete: 'cascade' }),
    facilitatorMode: text('facilitator_mode', { enum: ['leads', 'coLeads', 'observes', 'absent'] }).notNull(),
  },
  (t) => [index('trajectory_meetings_trajectory_idx').on(t.trajectoryId)],
);

/** The end evaluation: one per member (individual, private unless shared) and any number for the group. */
export const trajectoryEvaluations = pgTable(
  'trajectory_evaluations',
  {
    trajectoryId: text('trajectory_id')
      .notNull()
      .references(() => trajectories.id, { onDelete: 'cascade' }),
    userId: userRef('user_id'),
    scope: text('scope', { enum: ['group', 'individual'] }).notNull(),
    ratings: jsonb('ratings').$type<Ratings>().notNull().default({}),
    text: text('text').notNull().default(''),
    sharing: sharing(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.trajectoryId, t.userId, t.scope] })],
);

/** A member's learning question for a trajectory, linked to one or more of the five effects. */
export const learningQuestions = pgTable(
  'learning_questions',
  {
    trajectoryId: text('trajectory_id')
      .notNull()
      .references(() => trajectories.id, { onDelete: 'cascade' }),
    userId: userRef('user_id'),
    text: text('text').notNull(),
    effects: jsonb('effects').$type<string[]>().notNull(),
    sharing: sharing(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.trajectoryId, t.userId] })],
);

/** The one-minute reflection after a meeting: a rating per chosen effect, a takeaway, three dimensions. */
export const reflections = pgTable(
  'reflections',
  {
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    userId: userRef('user_id'),
    ratings: jsonb('ratings').$type<Ratings>().notNull(),
    takeaway: text('takeaway').notNull().default(''),
    /** technisch-instrumenteel, normatief, persoonlijk (SKJ); each optional. */
    dimensions: jsonb('dimensions')
      .$type<{ technical?: string; normative?: string; personal?: string }>()
      .notNull()
      .default({}),
    sharing: sharing(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] }), index('reflections_user_idx').on(t.userId)],
);
