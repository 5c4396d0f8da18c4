import { and, asc, count, eq, inArray, like, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  actions,
  attendance,
  calendarFeeds,
  cases,
  groundRuleAcceptances,
  groups,
  meetingEvents,
  meetings,
  memberships,
  rsvps,
  users,
} from '../../db/schema/index';

export async function findUser(db: Db, userId: string) {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  return row;
}

/** Everything stored under the person's id, each with the group's name where it has one. */
export async function ownRows(db: Db, userId: string) {
  const [member, accepted, replies, written, todo, present, feeds] = await Promise.all([
    db
      .select({
        groupId: groups.id,
        group: groups.name,
        role: memberships.role,
        joinedAt: memberships.joinedAt,
      })
      .from(memberships)
      .innerJoin(groups, eq(groups.id, memberships.groupId))
      .where(eq(memberships.userId, userId)),
    db
      .select({
        group: groups.name,
        version: groundRuleAcceptances.version,
        acceptedAt: groundRuleAcceptances.acceptedAt,
      })
      .from(groundRuleAcceptances)
      .innerJoin(groups, eq(groups.id, groundRuleAcceptances.groupId))
      .where(eq(groundRuleAcceptances.userId, userId)),
    db
      .select({
        group: groups.name,
        startsAt: meetings.startsAt,
        response: rsvps.response,
        updatedAt: rsvps.updatedAt,
      })
      .from(rsvps)
      .innerJoin(meetings, eq(meetings.id, rsvps.meetingId))
      .innerJoin(groups, eq(groups.id, meetings.groupId))
      .where(eq(rsvps.userId, userId)),
    db
      .select({ group: groups.name, case: cases })
      .from(cases)
      .innerJoin(groups, eq(groups.id, cases.groupId))
      .where(eq(cases.authorId, userId)),
    db
      .select({ group: groups.name, action: actions })
      .from(actions)
      .innerJoin(groups, eq(groups.id, actions.groupId))
      .where(eq(actions.userId, userId)),
    db
      .select({
        group: groups.name,
        startsAt: meetings.startsAt,
        present: attendance.present,
        roles: attendance.roles,
      })
      .from(attendance)
      .innerJoin(meetings, eq(meetings.id, attendance.meetingId))
      .innerJoin(groups, eq(groups.id, meetings.groupId))
      .where(eq(attendance.userId, userId)),
    db
      .select({ createdAt: calendarFeeds.createdAt, revokedAt: calendarFeeds.revokedAt })
      .from(calendarFeeds)
      .where(eq(calendarFeeds.userId, userId)),
  ]);
  return { member, accepted, replies, written, todo, present, feeds };
}

/**
 * Meeting events the person caused or that name them: their id as actor, or anywhere in the payload
 * (user ids are random, so a match is theirs). Ordered by meeting and seq.
 */
export async function eventsAbout(db: Db, userId: string) {
  return db
    .select({
      meetingId: meetingEvents.meetingId,
      group: groups.name,
      language: groups.language,
      seq: meetingEvents.seq,
      type: meetingEvents.type,
      payload: meetingEvents.payload,
      actorId: meetingEvents.actorId,
      at: meetingEvents.at,
    })
    .from(meetingEvents)
    .innerJoin(meetings, eq(meetings.id, meetingEvents.meetingId))
    .innerJoin(groups, eq(groups.id, meetings.groupId))
    .where(
      or(
        eq(meetingEvents.actorId, userId),
        like(sql`${meetingEvents.payload}::text`, `%${userId.replace(/[\\%_]/g, '\\$&')}%`),
      ),
    )
    .orderBy(asc(meetingEvents.meetingId), asc(meetingEvents.seq));
}

/** The person's groups with how many members and admins each has. */
export async function groupsOf(db: Db, userId: string) {
  const mine = await db
    .select({ groupId: memberships.groupId, role: memberships.role, name: groups.name })
    .from(memberships)
    .innerJoin(groups, eq(groups.id, memberships.groupId))
    .where(eq(memberships.userId, userId));
  if (mine.length === 0) return [];
  const ids = mine.map((g) => g.groupId);
  const counts = await db
    .select({
      groupId: memberships.groupId,
      members: count(),
      admins: sql<number>`count(*) filter (where ${memberships.role} = 'admin')`,
    })
    .from(memberships)
    .where(inArray(memberships.groupId, ids))
    .groupBy(memberships.groupId);
  const byId = new Map(counts.map((c) => [c.groupId, c]));
  return mine.map((g) => ({
    ...g,
    members: Number(byId.get(g.groupId)?.members ?? 0),
    admins: Number(byId.get(g.groupId)?.admins ?? 0),
  }));
}

/** Rewrites one event's payload and actor, keeping its seq and type. */
export async function rewriteEvent(
  db: Db,
  meetingId: string,
  seq: number,
  payload: unknown,
  actorId: string | null,
): Promise<void> {
  await db
    .update(meetingEvents)
    .set({ payload, actorId })
    .where(and(eq(meetingEvents.meetingId, meetingId), eq(meetingEvents.seq, seq)));
}

/** Takes the person out of every planned rota (jsonb, so no foreign key does it). */
export async function clearRota(db: Db, userId: string): Promise<void> {
  for (const role of ['chair', 'timekeeper', 'scribe'] as const) {
    await db
      .update(meetings)
      .set({ rota: sql`jsonb_set(${meetings.rota}, ${`{${role}}`}, 'null'::jsonb)` })
      .where(sql`${meetings.rota}->>${role} = ${userId}`);
  }
}

export async function deleteGroups(db: Db, groupIds: string[]): Promise<void> {
  if (groupIds.length) await db.delete(groups).where(inArray(groups.id, groupIds));
}
