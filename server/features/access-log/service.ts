import type { AccessKind, AccessLog } from '../../../core/api/access-log';
import type { Db } from '../../db/client';
import type { MeetingRow } from '../groups/access';
import * as repo from './repo';

/**
 * Notes that a member read or downloaded a report or attendance list (AUDIT-1). Called by those routes
 * after access was granted and before the content goes out, so nothing is served unrecorded.
 */
export async function recordAccess(db: Db, userId: string, meeting: MeetingRow, kind: AccessKind) {
  await recordAccesses(db, userId, [meeting], kind);
}

/** The same for a read that shows several meetings at once (one's dossier): an entry per meeting. */
export async function recordAccesses(db: Db, userId: string, meetings: MeetingRow[], kind: AccessKind) {
  const at = new Date();
  await repo.insertAccess(
    db,
    meetings.map((meeting) => ({
      groupId: meeting.groupId,
      meetingId: meeting.id,
      meetingStartsAt: meeting.startsAt,
      userId,
      kind,
      at,
    })),
  );
}

export async function groupAccessLog(db: Db, groupId: string, limit: number): Promise<AccessLog> {
  const rows = await repo.listAccess(db, groupId, limit);
  return {
    entries: rows.map((r) => ({
      name: r.name,
      kind: r.kind,
      meetingId: r.meetingId,
      meetingStartsAt: r.meetingStartsAt.toISOString(),
      at: r.at.toISOString(),
    })),
  };
}
