import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { Method } from '../../../core/methods/schema';
import { users } from './auth';
import { groups } from './groups';

/**
 * A group's own version of a library method. Versions of one lineage share `lineage_id` and count up;
 * a row is frozen once `used_at` is set (a meeting ran it), and later edits insert the next version.
 */
export const methodVersions = pgTable(
  'method_versions',
  {
    id: text('id').primaryKey(),
    groupId: text('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    lineageId: text('lineage_id').notNull(),
    version: integer('version').notNull(),
    baseMethodId: text('base_method_id').notNull(),
    definition: jsonb('definition').$type<Method>().notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('method_versions_lineage_version_idx').on(t.groupId, t.lineageId, t.version),
    index('method_versions_group_idx').on(t.groupId),
  ],
);
