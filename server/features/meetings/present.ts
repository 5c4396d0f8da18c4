import type { GroupRole, Meeting, RsvpCounts } from '../../../core/api/groups';
import type { Db } from '../../db/client';
import * as repo from './repo';

/** Meeting responses for one caller, with RSVP counts and the caller's own answer. */
export async function presentMeetings(
  db: Db,
  actorId: string,
  rows: repo.MeetingWithGroup[],
  roleOf: (groupId: string) => GroupRole,
): Promise<Meeting[]> {
  const ids = rows.map((r) => r.id);
  const [counts, mine] = await Promise.all([repo.rsvpCounts(db, ids), repo.myRsvps(db, actorId, ids)]);
  return rows.map((row) => {
    const tally: RsvpCounts = { yes: 0, no: 0, maybe: 0 };
    for (const c of counts) if (c.meetingId === row.id) tally[c.response] = c.n;
    return {
      id: row.id,
      groupId: row.groupId,
      groupName: row.groupName,
      startsAt: row.startsAt.toISOString(),
      timeZone: row.timeZone,
      durationMinutes: row.durationMinutes,
      place: row.place,
      videoUrl: row.videoUrl,
      methodId: row.methodId,
      methodVersionId: row.methodVersionId,
      rota: row.rota,
      autoAdvance: row.autoAdvance,
      practice: row.practice ?? null,
      status: row.status,
      createdBy: row.createdBy,
      myRole: roleOf(row.groupId),
      rsvp: { ...tally, mine: mine.find((m) => m.meetingId === row.id)?.response ?? null },
    };
  });
}
