import { and, eq, inArray, isNotNull, lt, ne, notExists, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  actions,
  cases,
  contentRemovals,
  meetingEvents,
  meetings,
  reflections,
  retentionSettings,
  users,
} from '../../db/schema/index';

/** The group's retention row, or undefined when it never chose (it keeps content). */
export async function findSetting(db: Db, groupId: string) {
  const [row] = await db.select().from(retentionSettings).where(eq(retentionSettings.groupId, groupId));
  return row;
}

export async function saveSetting(db: Db, groupId: string, days: number | null, by: string, at: Date) {
  await db
    .insert(retentionSettings)
    .values({ groupId, days, changedBy: by, changedAt: at })
    .onConflictDoUpdate({ target: retentionSettings.groupId, set: { days, changedBy: by, changedAt: at } });
}

export async function findRemoval(db: Db, meetingId: string) {
  const [row] = await db.select().from(contentRemovals).where(eq(contentRemovals.meetingId, meetingId));
  return row;
}

/**
 * Meetings past their group's retention at `now` whose content is still there: the meeting's end
 * (start + duration) plus the group's days. A meeting still running is left alone until it ends.
 */
export async function dueMeetings(db: Db, now: Date): Promise<{ id: string }[]> {
  return db
    .select({ id: meetings.id })
    .from(meetings)
    .innerJoin(retentionSettings, eq(retentionSettings.groupId, meetings.groupId))
    .where(
      and(
        isNotNull(retentionSettings.days),
        ne(meetings.status, 'live'),
        sql`${meetings.startsAt} + make_interval(mins => ${meetings.durationMinutes})
          + make_interval(days => ${retentionSettings.days}) <= ${now.toISOString()}::timestamptz`,
        notExists(db.select().from(contentRemovals).where(eq(contentRemovals.meetingId, meetings.id))),
      ),
    );
}

/** The meeting's events that hold text people wrote, in order. */
export async function textEvents(db: Db, meetingId: string, types: string[]) {
  return db
    .select({ seq: meetingEvents.seq, type: meetingEvents.type, payload: meetingEvents.payload })
    .from(meetingEvents)
    .where(and(eq(meetingEvents.meetingId, meetingId), inArray(meetingEvents.type, types)));
}

/**
 * In one transaction: each event's payload replaced by its redacted copy (seq and type stay), the cases
 * and actions of the meeting deleted, and the removal recorded. Attendance and the meeting stay.
 */
export async function removeContent(
  db: Db,
  meetingId: string,
  redacted: { seq: number; payload: unknown }[],
  at: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    for (const e of redacted) {
      await tx
        .update(meetingEvents)
        .set({ payload: e.payload })
        .where(and(eq(meetingEvents.meetingId, meetingId), eq(meetingEvents.seq, e.seq)));
    }
    await tx.delete(actions).where(eq(actions.meetingId, meetingId));
    await tx.delete(cases).where(eq(cases.meetingId, meetingId));
    // A reflection's own words may quote the case: they go with it; the ratings stay for the learning record.
    await tx
      .update(reflections)
      .set({ takeaway: '', dimensions: {} })
      .where(eq(reflections.meetingId, meetingId));
    await tx.insert(contentRemovals).values({ meetingId, removedAt: at }).onConflictDoNothing();
  });
}

/** Accounts whose address was never confirmed, made before `before`, deleted (their rows cascade). */
export async function deleteUnconfirmedAccounts(db: Db, before: Date): Promise<number> {
  const gone = await db
    .delete(users)
    .where(and(eq(users.emailVerified, false), lt(users.createdAt, before)))
    .returning({ id: users.id });
  return gone.length;
}
