import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import { type Db, journalOf } from '../db/client';
import { type AppendRecord, DuplicateCommand, SeqConflict } from '../db/event-journal';
import { meetingEvents, meetings } from '../db/schema/index';

/** One row of the log as the room needs it. */
export type EventRow = {
  seq: number;
  type: string;
  payload: unknown;
  actorId: string | null;
  commandId: string | null;
  at: Date;
};

export { DuplicateCommand, SeqConflict };

/** The meeting's events after `afterSeq`, in order. */
export async function loadEvents(db: Db, meetingId: string, afterSeq = 0): Promise<EventRow[]> {
  return db
    .select({
      seq: meetingEvents.seq,
      type: meetingEvents.type,
      payload: meetingEvents.payload,
      actorId: meetingEvents.actorId,
      commandId: meetingEvents.commandId,
      at: meetingEvents.at,
    })
    .from(meetingEvents)
    .where(and(eq(meetingEvents.meetingId, meetingId), gt(meetingEvents.seq, afterSeq)))
    .orderBy(asc(meetingEvents.seq));
}

/** The seq a command was acknowledged with, or null when it was never applied. */
export async function findCommand(db: Db, meetingId: string, commandId: string): Promise<number | null> {
  const [row] = await db
    .select({ seq: meetingEvents.seq })
    .from(meetingEvents)
    .where(and(eq(meetingEvents.meetingId, meetingId), eq(meetingEvents.commandId, commandId)));
  return row?.seq ?? null;
}

export type NewEvent = { type: string; payload: unknown; actorId: string | null; at: Date };

/**
 * Appends one command's rows (seq already numbered, commandId on the last row, whose seq is the one
 * acknowledged) in one statement, so all rows or none; durable when this resolves. With PostgreSQL the
 * NOTIFY is part of the same transaction, so other processes hear of the events only once they are
 * committed. On the embedded database the journal makes them durable (LOG-6).
 */
export async function appendEvents(
  db: Db,
  meetingId: string,
  rows: EventRow[],
  notify: boolean,
): Promise<void> {
  const last = rows.at(-1);
  if (!last) return;
  const journal = journalOf(db);
  if (journal) return journal.append(meetingId, rows.map(toRecord));
  try {
    const values = rows.map((r) => ({ ...r, meetingId, payload: r.payload ?? {} }));
    await db.transaction(async (tx) => {
      await tx.insert(meetingEvents).values(values);
      if (notify) await tx.execute(sql`select pg_notify(${NOTIFY_CHANNEL}, ${`${meetingId}:${last.seq}`})`);
    });
  } catch (error) {
    const constraint = uniqueViolation(error);
    if (constraint === 'meeting_events_command_idx') throw new DuplicateCommand();
    if (constraint === 'meeting_events_seq_idx') throw new SeqConflict();
    throw error;
  }
}

const toRecord = (r: EventRow): AppendRecord => ({
  seq: r.seq,
  type: r.type,
  payload: r.payload ?? {},
  actor_id: r.actorId,
  command_id: r.commandId,
  at: r.at.toISOString(),
});

/** One channel for all meetings; the payload is `<meetingId>:<lastSeq>`. */
export const NOTIFY_CHANNEL = 'kring_meeting_events';

function uniqueViolation(error: unknown): string | null {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, constraint_name, constraint } = e as Record<string, unknown>;
    if (code === '23505') return String(constraint_name ?? constraint ?? '');
  }
  return null;
}

/** When the meeting was ended (its last meetingEnded event), or null while it has not ended. */
export async function meetingEndedAt(db: Db, meetingId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: meetingEvents.at })
    .from(meetingEvents)
    .where(and(eq(meetingEvents.meetingId, meetingId), eq(meetingEvents.type, 'meetingEnded')))
    .orderBy(desc(meetingEvents.seq))
    .limit(1);
  return row?.at ?? null;
}

/** The meeting row, or null. */
export async function findMeeting(db: Db, meetingId: string) {
  const [row] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
  return row ?? null;
}
