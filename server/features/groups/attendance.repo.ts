import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { attendance, meetings, memberships, users } from '../../db/schema/index';

/** Upserts attendance rows for members of the meeting's group; others are skipped. */
export async function upsertAttendance(
  db: Db,
  meetingId: string,
  entries: { userId: string; present: boolean; roles: string[] }[],
): Promise<void> {
  if (entries.length === 0) return;
  const [meeting] = await db
    .select({ groupId: meetings.groupId })
    .from(meetings)
    .where(eq(meetings.id, meetingId));
  if (!meeting) return;
  const members = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.groupId, meeting.groupId),
        inArray(
          memberships.userId,
          entries.map((e) => e.userId),
        ),
      ),
    );
  const allowed = new Set(members.map((m) => m.userId));
  const rows = entries.filter((e) => allowed.has(e.userId));
  for (const e of rows) {
    const values = { meetingId, userId: e.userId, present: e.present, roles: [...new Set(e.roles)] };
    await db
      .insert(attendance)
      .values(values)
      .onConflictDoUpdate({
        target: [attendance.meetingId, attendance.userId],
        set: { present: values.present, roles: values.roles, recordedAt: new Date() },
      });
  }
}

/** Attendance rows of a meeting with member names, present first, then by name. */
export async function listAttendance(db: Db, meetingId: string) {
  const rows = await db
    .select({
      userId: attendance.userId,
      name: users.name,
      present: attendance.present,
      roles: attendance.roles,
    })
    .from(attendance)
    .innerJoin(users, eq(users.id, attendance.userId))
    .where(eq(attendance.meetingId, meetingId));
  return rows.sort((a, b) => Number(b.present) - Number(a.present) || a.name.localeCompare(b.name));
}
