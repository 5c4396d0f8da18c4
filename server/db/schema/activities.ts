import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { ACTIVITY_KINDS, SIGNUP_STATUSES } from '../../../core/api/activities';
import { users } from './auth';
import { groups } from './groups';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** A facilitator or an organisation that offers intervision; its public page is /providers/:slug. */
export const providers = pgTable('providers', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  website: text('website'),
  createdAt: createdAt(),
});

/** The accounts that act for a provider: they publish its activities and see who signed up. */
export const providerMembers = pgTable(
  'provider_members',
  {
    providerId: text('provider_id')
      .notNull()
      .references(() => providers.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.providerId, t.userId] }), index('provider_members_user_idx').on(t.userId)],
);

export const activities = pgTable(
  'activities',
  {
    id: text('id').primaryKey(),
    providerId: text('provider_id')
      .notNull()
      .references(() => providers.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ACTIVITY_KINDS }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    methods: jsonb('methods').$type<string[]>().notNull(),
    /** Start instants (ISO) of the meetings, in order. */
    sessions: jsonb('sessions').$type<string[]>().notNull(),
    firstStartsAt: timestamp('first_starts_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    timeZone: text('time_zone').notNull(),
    place: text('place').notNull(),
    videoUrl: text('video_url'),
    capacity: integer('capacity').notNull(),
    priceText: text('price_text').notNull(),
    professions: jsonb('professions').$type<string[]>().notNull(),
    registerHours: jsonb('register_hours').$type<string[]>().notNull(),
    /** The provider's account that leads it; a trajectory's group gets them as its facilitator. */
    facilitatorId: text('facilitator_id').references(() => users.id, { onDelete: 'set null' }),
    /** Null while a draft only the provider sees. */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    /** When the reminder mail went out (claimed before sending, so it goes once). */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    /** When a trajectory's group was begun (claimed before making it, so it is made once). */
    startedAt: timestamp('started_at', { withTimezone: true }),
    /** The Kring group a trajectory's sign-ups became when it started. */
    groupId: text('group_id').references(() => groups.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('activities_starts_idx').on(t.firstStartsAt)],
);

/**
 * A place asked for in an activity. A person with an account is in (or waiting) at once; someone without
 * one confirms their address first. Tokens are stored as SHA-256, like invite links.
 */
export const activitySignups = pgTable(
  'activity_signups',
  {
    id: text('id').primaryKey(),
    activityId: text('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    status: text('status', { enum: SIGNUP_STATUSES }).notNull(),
    /** The language the person signed up in; their mails use it. */
    locale: text('locale', { enum: ['nl', 'en'] }).notNull(),
    confirmTokenHash: text('confirm_token_hash').unique(),
    cancelTokenHash: text('cancel_token_hash').unique(),
    createdAt: createdAt(),
    /** When the place was confirmed: the waiting list moves up in this order. */
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (t) => [index('activity_signups_activity_idx').on(t.activityId, t.status)],
);
