import { and, asc, count, desc, eq, gt, gte, inArray, isNull, lt, lte, ne, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { attendance, groups, meetings, memberships, rsvps, users } from '../../db/schema/index';

export type MeetingRow = typeof meetings.$inferSelect;
export type MeetingWithGroup = MeetingRow & { groupName: string; groupLanguage: string };

const withGroup = { meeting: meetings, groupName: groups.name, groupLanguage: groups.language };
const flatten = (r: { meeting: MeetingRow; groupName: string; groupLanguage: string }): MeetingWithGroup => ({
  ...r.meeting,
  groupName: r.groupName,
  groupLanguage: r.groupLanguage,
});

export async function insertMeeting(db: Db, row: typeof meetings.$inferInsert): Promise<void> {
  await db.insert(meetings).values(row);
}

export async function findMeeting(db: Db, meetingId: string): Promise<MeetingWithGroup | undefined> {
  const [row] = await db
    .select(withGroup)
    .from(meetings)
    .innerJoin(groups, eq(groups.id, meetings.groupId))
    .where(eq(meetings.id, meetingId));
  return row && flatten(row);
}

export async function updateMeetingRow(db: Db, meetingId: string, patch: Partial<MeetingRow>): Promise<void> {
  if (Object.keys(patch).length) await db.update(meetings).set(patch).where(eq(meetings.id, meetingId));
}

export async function deleteMeetingRow(db: Db, meetingId: string): Promise<void> {
  await db.delete(meetings).where(eq(meetings.id, meetingId));
}

/** A group's meetings: upcoming (not yet ended) soonest first, or past latest first. */
export async function groupMeetings(db: Db, groupId: string, when: 'upcoming' | 'past', now: Date) {
  const upcoming = or(
    gt(meetings.startsAt, new Date(now.getTime() - 12 * 3600_000)),
    eq(meetings.status, 'live'),
  );
  const rows = await db
    .select(withGroup)
    .from(meetings)
    .innerJoin(groups, eq(groups.id, meetings.groupId))
    .where(
      and(
        eq(meetings.groupId, groupId),
        when === 'upcoming'
          ? and(upcoming, ne(meetings.status, 'ended'))
          : or(lte(meetings.startsAt, now), eq(meetings.status, 'ended')),
      ),
    )
    .orderBy(when === 'upcoming' ? asc(meetings.startsAt) : desc(meetings.startsAt))
    .limit(100);
  return rows.map(flatten);
}

/** Meetings of all the user's groups that have not ended, from `from` on. */
export async function userMeetings(db: Db, userId: string, from: Date, limit = 50) {
  const rows = await db
    .select(withGroup)
    .from(meetings)
    .innerJoin(groups, eq(groups.id, meetings.groupId))
    .innerJoin(memberships, and(eq(memberships.groupId, meetings.groupId), eq(memberships.userId, userId)))
    .where(and(ne(meetings.status, 'ended'), or(gte(meetings.startsAt, from), eq(meetings.status, 'live'))))
    .orderBy(asc(meetings.startsAt))
    .limit(limit);
  return rows.map(flatten);
}

/** Per meeting: yes/no/maybe counts. */
export async function rsvpCounts(db: Db, meetingIds: string[]) {
  if (meetingIds.length === 0) return [];
  return db
    .select({ meetingId: rsvps.meetingId, response: rsvps.response, n: count() })
    .from(rsvps)
    .where(inArray(rsvps.meetingId, meetingIds))
    .groupBy(rsvps.meetingId, rsvps.response);
}

export async function myRsvps(db: Db, userId: string, meetingIds: string[]) {
  if (meetingIds.length === 0) return [];
  return db
    .select({ meetingId: rsvps.meetingId, response: rsvps.response })
    .from(rsvps)
    .where(and(eq(rsvps.userId, userId), inArray(rsvps.meetingId, meetingIds)));
}

/** Every member of the meeting's group with their answer (null = not answered). */
export async function memberResponses(db: Db, meeting: MeetingRow) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      locale: users.locale,
      response: rsvps.response,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(rsvps, and(eq(rsvps.meetingId, meeting.id), eq(rsvps.userId, memberships.userId)))
    .where(eq(memberships.groupId, meeting.groupId))
    .orderBy(asc(users.name));
}

export async function upsertRsvp(
  db: Db,
  meetingId: string,
  userId: string,
  response: 'yes' | 'no' | 'maybe',
) {
  await db
    .insert(rsvps)
    .values({ meetingId, userId, response })
    .onConflictDoUpdate({
      target: [rsvps.meetingId, rsvps.userId],
      set: { response, updatedAt: new Date() },
    });
}

/** Who did which chore: recorded attendance roles where they exist, otherwise the planned rota. */
export async function roleHistory(db: Db, groupId: string) {
  const planned = await db
    .select({ id: meetings.id, rota: meetings.rota })
    .from(meetings)
    .where(eq(meetings.groupId, groupId));
  const recorded = await db
    .select({ meetingId: attendance.meetingId, userId: attendance.userId, roles: attendance.roles })
    .from(attendance)
    .innerJoin(meetings, eq(meetings.id, attendance.meetingId))
    .where(eq(meetings.groupId, groupId));
  const withAttendance = new Set(recorded.map((r) => r.meetingId));
  return { rotas: planned.filter((p) => !withAttendance.has(p.id)).map((p) => p.rota), recorded };
}

/** Scheduled meetings starting within the window whose reminder has not gone out. */
export async function meetingsNeedingReminder(db: Db, from: Date, until: Date) {
  const rows = await db
    .select(withGroup)
    .from(meetings)
    .innerJoin(groups, eq(groups.id, meetings.groupId))
    .where(
      and(
        eq(meetings.status, 'scheduled'),
        isNull(meetings.reminderSentAt),
        gt(meetings.startsAt, from),
        lt(meetings.startsAt, until),
      ),
    );
  return rows.map(flatten);
}

/** Claims a meeting's reminder; only one process wins, so nobody gets it twice. */
export async function claimReminder(db: Db, meetingId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(meetings)
    .set({ reminderSentAt: now })
    .where(and(eq(meetings.id, meetingId), isNull(meetings.reminderSentAt)))
    .returning({ id: meetings.id });
  return rows.length > 0;
}

/** Earlier meetings of the group than the given start. */
export async function earlierMeetingIds(db: Db, groupId: string, before: Date): Promise<string[]> {
  const rows = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.groupId, groupId), lt(meetings.startsAt, before)));
  return rows.map((r) => r.id);
}
