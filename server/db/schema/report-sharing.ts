import { index, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { REPORT_SHARING_LEVELS } from '../../../core/api/reports';
import { users } from './auth';
import { groups } from './groups';

/**
 * Every choice a group's admins made about sharing reports, never updated: the latest row is the level in
 * force now, and the row in force when a meeting ended caps that meeting's report (REPORT-5).
 * A group without rows shares only the summary.
 */
export const reportSharingChanges = pgTable(
  'report_sharing_changes',
  {
    // Orders two changes made in the same millisecond.
    id: serial('id').primaryKey(),
    groupId: text('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    level: text('level', { enum: REPORT_SHARING_LEVELS }).notNull(),
    changedBy: text('changed_by').references(() => users.id, { onDelete: 'set null' }),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_sharing_changes_group_idx').on(t.groupId, t.changedAt)],
);
