import { randomUUID } from 'node:crypto';
import type { ActionItem, UpdateActionInput } from '../../../core/api/groups';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { meetingEndedAt } from '../../realtime/repo';
import { meetingSharing, reportSharingOf } from '../groups/report-sharing';
import * as repo from './repo';

/** The action as the API returns it. */
export function presentAction(row: repo.ActionRow): ActionItem {
  return {
    id: row.id,
    userId: row.userId,
    userName: row.userName,
    groupId: row.groupId,
    groupName: row.groupName,
    meetingId: row.meetingId,
    caseId: row.caseId,
    text: row.text,
    status: row.status,
    followUp: row.followUp,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Stores the actions a case-giver decided on. The live meeting engine calls this with the decision of a
 * case; the HTTP route uses it for actions a member adds by hand.
 */
export async function addActions(
  db: Db,
  owner: { userId: string; groupId: string; meetingId: string | null; caseId: string | null },
  texts: string[],
): Promise<string[]> {
  const rows = texts.map((text) => ({ id: randomUUID(), ...owner, text }));
  await repo.insertActions(db, rows);
  return rows.map((r) => r.id);
}

export async function myActions(db: Db, userId: string): Promise<ActionItem[]> {
  return (await repo.actionsOfUser(db, userId)).map(presentAction);
}

/** Only the owner updates an action; anyone else gets 404, as if it did not exist. */
export async function updateAction(db: Db, userId: string, actionId: string, input: UpdateActionInput) {
  const row = await repo.findAction(db, actionId);
  if (row?.userId !== userId) throw new AppError('not_found', 404);
  const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  if (Object.keys(patch).length) await repo.updateActionRow(db, actionId, patch);
  return presentAction((await repo.findAction(db, actionId))!);
}

/**
 * Open actions from the group's earlier meetings, for the opening round of this meeting (REPORT-8): the
 * reader's own, and other members' only where the report of the meeting they come from is shared at
 * `everything`, the level at which others read a decision and its actions.
 */
export async function followUp(
  db: Db,
  meeting: { id: string; groupId: string; startsAt: Date },
  readerId: string,
) {
  const rows = await repo.openActionsBefore(db, meeting.groupId, meeting.startsAt, meeting.id);
  const now = await reportSharingOf(db, meeting.groupId);
  // A meeting's level is never wider than the level now (REPORT-5), so below `everything` only one's own show.
  const meetingIds = now === 'everything' ? [...new Set(rows.flatMap((r) => r.meetingId ?? []))] : [];
  const levels = new Map(
    await Promise.all(
      meetingIds.map(
        async (id) =>
          [id, await meetingSharing(db, meeting.groupId, await meetingEndedAt(db, id), now)] as const,
      ),
    ),
  );
  const shared = (meetingId: string | null) => (meetingId ? levels.get(meetingId) : now) === 'everything';
  return rows.filter((row) => row.userId === readerId || shared(row.meetingId)).map(presentAction);
}
