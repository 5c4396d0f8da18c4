import { index, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { ACCESS_KINDS } from '../../../core/api/access-log';
import { users } from './auth';
import { groups } from './groups';

/**
 * Who read or downloaded a report or an attendance list, per group; group admins read it. Rows stay when
 * the reader deletes their account (shown as a former member) and go with the group.
 */
export const accessLog = pgTable(
  'access_log',
  {
    id: serial('id').primaryKey(),
    groupId: text('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    // No foreign key: the entry outlives a deleted meeting, whose date it keeps.
    meetingId: text('meeting_id').notNull(),
    meetingStartsAt: timestamp('meeting_starts_at', { withTimezone: true }).notNull(),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: ACCESS_KINDS }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('access_log_group_idx').on(t.groupId, t.at)],
);
