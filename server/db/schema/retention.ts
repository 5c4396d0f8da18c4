import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { groups, meetings } from './groups';

/**
 * How long a group keeps case content after a meeting (days), or null to keep it. A group without a row
 * keeps it. Only admins change it (server/features/retention).
 */
export const retentionSettings = pgTable('retention_settings', {
  groupId: text('group_id')
    .primaryKey()
    .references(() => groups.id, { onDelete: 'cascade' }),
  days: integer('days'),
  changedBy: text('changed_by').references(() => users.id, { onDelete: 'set null' }),
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Meetings whose case content the retention job removed (LOG-8): when, so members can be told. */
export const contentRemovals = pgTable('content_removals', {
  meetingId: text('meeting_id')
    .primaryKey()
    .references(() => meetings.id, { onDelete: 'cascade' }),
  removedAt: timestamp('removed_at', { withTimezone: true }).notNull(),
});
