import type { ReportSharing } from '../../core/api/reports';
import type { Db } from '../db/client';
import { meetingSharing, reportSharingOf } from '../features/groups/report-sharing';

/**
 * The level an ended meeting's room serves members at: the level its reports are read at now (REPORT-5),
 * so the live socket never shows more than `reportFor` (REPORT-10).
 */
export async function endedSharing(db: Db, groupId: string, endedAt: number): Promise<ReportSharing> {
  return meetingSharing(db, groupId, new Date(endedAt), await reportSharingOf(db, groupId));
}
