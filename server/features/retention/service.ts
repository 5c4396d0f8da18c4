import type { MeetingRetention, Retention, RetentionDays } from '../../../core/api/retention';
import { redactEvent, redactSetup, TEXT_EVENT_TYPES } from '../../../core/meeting/redact';
import type { MeetingEvent, MeetingSetup } from '../../../core/meeting/types';
import type { Db } from '../../db/client';
import { redactWithRooms } from '../../realtime/registry';
import type { MeetingRow } from '../groups/access';
import * as repo from './repo';

const DAY = 86_400_000;
/** The type of the setup row at seq 0 (server/realtime/setup.ts). */
const SETUP_TYPE = '@setup';

export async function getRetention(db: Db, groupId: string): Promise<Retention> {
  const row = await repo.findSetting(db, groupId);
  return { days: (row?.days ?? null) as RetentionDays, changedAt: row?.changedAt.toISOString() ?? null };
}

export async function setRetention(
  db: Db,
  groupId: string,
  days: RetentionDays,
  by: string,
  at: Date,
): Promise<Retention> {
  await repo.saveSetting(db, groupId, days, by, at);
  return getRetention(db, groupId);
}

/** When this meeting's content goes under the group's retention now, or when it went (LOG-8). */
export async function meetingRetention(db: Db, meeting: MeetingRow): Promise<MeetingRetention> {
  const removal = await repo.findRemoval(db, meeting.id);
  if (removal) return { removesAt: null, removedAt: removal.removedAt.toISOString() };
  const { days } = await getRetention(db, meeting.groupId);
  if (days === null) return { removesAt: null, removedAt: null };
  const end = meeting.startsAt.getTime() + meeting.durationMinutes * 60_000;
  return { removesAt: new Date(end + days * DAY).toISOString(), removedAt: null };
}

/**
 * The daily job (LOG-8): removes the case content of every meeting past its group's retention at `now`.
 * Returns the meetings it cleared. Safe to run again: a cleared meeting is recorded and skipped.
 */
export async function applyRetention(db: Db, now: Date): Promise<string[]> {
  const due = await repo.dueMeetings(db, now);
  for (const { id } of due) {
    const events = await repo.textEvents(db, id, [...TEXT_EVENT_TYPES, SETUP_TYPE]);
    const redacted = events.map((row) => {
      // The setup holds the titles and questions of cases brought in ahead (CASE-1).
      if (row.type === SETUP_TYPE) return { seq: row.seq, payload: redactSetup(row.payload as MeetingSetup) };
      const { type: _type, ...payload } = redactEvent({
        type: row.type,
        ...(row.payload as object),
      } as MeetingEvent);
      return { seq: row.seq, payload };
    });
    // Its live room (if open) closes and replays the redacted log when someone returns.
    await redactWithRooms(id, () => repo.removeContent(db, id, redacted, now));
  }
  return due.map((m) => m.id);
}

/** How long a sign-up waits for its address to be confirmed before the account is deleted. */
export const UNCONFIRMED_DAYS = 7;

/**
 * Part of the daily job: an account whose address was not confirmed within UNCONFIRMED_DAYS is deleted
 * (nobody can sign in to it, so nothing but the name, address and password hash would stay behind).
 */
export function removeUnconfirmedAccounts(db: Db, now: Date): Promise<number> {
  return repo.deleteUnconfirmedAccounts(db, new Date(now.getTime() - UNCONFIRMED_DAYS * DAY));
}

/** Runs the job now and then once a day; returns a stop function. */
export function startRetentionJob(
  db: Db,
  log: { error(obj: unknown, msg: string): void; info(obj: unknown, msg: string): void },
  everyMs = DAY,
): () => void {
  const run = () => {
    const now = new Date();
    applyRetention(db, now).then(
      (cleared) =>
        cleared.length && log.info({ meetings: cleared.length }, 'retention: case content removed'),
      (err) => log.error({ err }, 'retention job failed'),
    );
    removeUnconfirmedAccounts(db, now).then(
      (deleted) => deleted && log.info({ accounts: deleted }, 'retention: unconfirmed accounts deleted'),
      (err) => log.error({ err }, 'removing unconfirmed accounts failed'),
    );
  };
  const timer = setInterval(run, everyMs);
  timer.unref();
  run();
  return () => clearInterval(timer);
}
