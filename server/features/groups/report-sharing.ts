import { and, desc, eq, lte } from 'drizzle-orm';
import { DEFAULT_REPORT_SHARING, narrowerSharing, type ReportSharing } from '../../../core/api/reports';
import type { Db } from '../../db/client';
import { reportSharingChanges } from '../../db/schema/index';

/**
 * The group's report sharing in force at `at` (default: now): its latest choice made by then, or the
 * default when it never chose. Reports ask this twice — now and at the meeting's end (REPORT-5).
 */
export async function reportSharingOf(db: Db, groupId: string, at?: Date): Promise<ReportSharing> {
  const [row] = await db
    .select({ level: reportSharingChanges.level })
    .from(reportSharingChanges)
    .where(
      and(
        eq(reportSharingChanges.groupId, groupId),
        at ? lte(reportSharingChanges.changedAt, at) : undefined,
      ),
    )
    .orderBy(desc(reportSharingChanges.changedAt), desc(reportSharingChanges.id))
    .limit(1);
  return row?.level ?? DEFAULT_REPORT_SHARING;
}

/**
 * The level a meeting's report is shared at (REPORT-5): the narrower of the level when it ended and `now`,
 * the level in force now; a meeting that has not ended, or an action made outside a meeting, goes by `now`.
 */
export async function meetingSharing(
  db: Db,
  groupId: string,
  endedAt: Date | null,
  now: ReportSharing,
): Promise<ReportSharing> {
  return endedAt ? narrowerSharing(await reportSharingOf(db, groupId, endedAt), now) : now;
}

/** Records an admin's choice; earlier choices stay, so old meetings keep the level they ended under. */
export async function setReportSharing(
  db: Db,
  groupId: string,
  level: ReportSharing,
  by: string,
  at: Date,
): Promise<{ level: ReportSharing }> {
  // Choosing the level already in force changes nothing, so it leaves no row either.
  if ((await reportSharingOf(db, groupId)) !== level) {
    await db.insert(reportSharingChanges).values({ groupId, level, changedBy: by, changedAt: at });
  }
  return { level };
}
