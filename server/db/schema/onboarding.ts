import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './auth';

/**
 * The onboarding steps that leave no other trace: opening the projector view, and closing the checklist.
 * The other steps are read off groups, rules, meetings and invites.
 */
export const onboarding = pgTable('onboarding', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  projectorOpenedAt: timestamp('projector_opened_at', { withTimezone: true }),
  dismissedAt: timestamp('dismissed_at', { withTimezone: true }),
});
