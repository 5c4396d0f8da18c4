import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { readSetup } from '../../realtime/setup';
import type { MeetingRow } from '../groups/access';

/**
 * Whether a meeting is practice and so counts for nothing (PRACTICE-3). Once the room opened, its setup as
 * frozen in the log decides, so changing the plan afterwards cannot make a practice meeting count; before,
 * the plan.
 */
export async function isPractice(db: Db, meeting: MeetingRow): Promise<boolean> {
  const setup = await readSetup(db, meeting.id);
  return setup ? Boolean(setup.practice) : meeting.practice !== null;
}

/** Refuses what would make a practice meeting count: a reflection, a place in a trajectory. */
export async function assertCountable(db: Db, meeting: MeetingRow): Promise<void> {
  if (await isPractice(db, meeting)) throw new AppError('meeting_not_countable', 409);
}
