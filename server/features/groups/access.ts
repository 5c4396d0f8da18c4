import { and, eq, sql } from 'drizzle-orm';
import type { GroupRole } from '../../../core/api/groups';
import type { Db } from '../../db/client';
import { groundRuleAcceptances, groundRuleVersions, meetings, memberships } from '../../db/schema/index';
import { upsertAttendance } from './attendance.repo';

/** What a member may do in a group; null means "not a member" (answer 404). */
export type GroupAccess = { role: GroupRole; acceptedCurrentRules: boolean };
export type MeetingRow = typeof meetings.$inferSelect;
export type MeetingAccess = GroupAccess & { groupId: string; meeting: MeetingRow };

// A member has accepted the current rules when an acceptance exists for the highest version of the group.
// Column names are written out qualified: drizzle renders a column inside a select list without its table,
// which inside this subquery would silently bind to the subquery's own tables.
const acceptedCurrent = sql<boolean>`exists (
  select 1 from ${groundRuleAcceptances} a
  where a.group_id = "memberships"."group_id" and a.user_id = "memberships"."user_id"
    and a.version = (select max(v.version) from ${groundRuleVersions} v where v.group_id = "memberships"."group_id"))`;

/** The user's role in the group and whether they accepted the current ground rules, or null for non-members. */
export async function groupAccess(db: Db, userId: string, groupId: string): Promise<GroupAccess | null> {
  const [row] = await db
    .select({ role: memberships.role, accepted: acceptedCurrent })
    .from(memberships)
    .where(and(eq(memberships.groupId, groupId), eq(memberships.userId, userId)));
  return row ? { role: row.role, acceptedCurrentRules: Boolean(row.accepted) } : null;
}

/** The meeting with the user's access to its group, or null when the meeting is unknown or not the user's. */
export async function meetingAccess(
  db: Db,
  userId: string,
  meetingId: string,
): Promise<MeetingAccess | null> {
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
  if (!meeting) return null;
  const access = await groupAccess(db, userId, meeting.groupId);
  return access ? { ...access, groupId: meeting.groupId, meeting } : null;
}

export type AttendanceEntry = { userId: string; present: boolean; roles: string[] };

/**
 * Records who was present and in which role; the live meeting engine calls this when a meeting ends.
 * Entries for users who are not members of the meeting's group are ignored.
 */
export async function recordAttendance(db: Db, meetingId: string, entries: AttendanceEntry[]): Promise<void> {
  await upsertAttendance(db, meetingId, entries);
}
