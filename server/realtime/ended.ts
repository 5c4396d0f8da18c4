import type { Db } from '../db/client';
import { meetingSharing, reportSharingOf } from '../features/groups/report-sharing';
import { findRemoval } from '../features/retention/repo';
import type { EndedReading } from './engine';

/**
 * How an ended meeting's room serves members: at the level its reports are read at now (REPORT-5), so the
 * live socket never shows more than `reportFor` (REPORT-10); once retention removed the content (REPORT-9)
 * nobody, the case-giver included, gets more than the summary.
 */
export async function endedReading(
  db: Db,
  groupId: string,
  meetingId: string,
  endedAt: number,
): Promise<EndedReading> {
  if (await findRemoval(db, meetingId)) return { level: 'summary', ownerSeesAll: false };
  const level = await meetingSharing(db, groupId, new Date(endedAt), await reportSharingOf(db, groupId));
  return { level, ownerSeesAll: true };
}
