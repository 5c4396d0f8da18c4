import { and, eq } from 'drizzle-orm';
import { utcToZonedFields } from '../../../core/calendar/zoned-time';
import { replay } from '../../../core/meeting/evolve';
import { initialState } from '../../../core/meeting/state';
import type { MeetingSetup, StoredEvent } from '../../../core/meeting/types';
import { viewFor } from '../../../core/meeting/visibility';
import { buildReport, type Report, type ReportMeta } from '../../../core/reports/index';
import type { Db } from '../../db/client';
import { groups, meetingEvents } from '../../db/schema/index';
import { AppError } from '../../http/errors';
import { coreEngine } from '../../realtime/core-engine';
import { loadEvents } from '../../realtime/repo';
import { type MeetingRow, meetingAccess } from '../groups/access';

/** The report of one meeting as one reader may see it, with the header facts its renderers print. */
export type ReportDocument = { report: Report; meta: ReportMeta };

/**
 * Only members who accepted the current ground rules read a report; everyone else gets 404, so an outsider
 * cannot even learn that the meeting exists.
 */
export async function readableMeeting(db: Db, userId: string, meetingId: string): Promise<MeetingRow> {
  const access = await meetingAccess(db, userId, meetingId);
  if (!access?.acceptedCurrentRules) throw new AppError('not_found', 404);
  return access.meeting;
}

/** Replays the stored log and keeps only what this reader may see (VIS rules of the live room). */
export async function reportFor(db: Db, readerId: string, meeting: MeetingRow): Promise<ReportDocument> {
  const setup = (await storedSetup(db, meeting.id)) ?? emptySetup(meeting);
  const events = (await loadEvents(db, meeting.id)).map(
    (row) => coreEngine.fromRow(row) as unknown as StoredEvent,
  );
  const state = replay(initialState(setup), events);
  const names: Record<string, string> = {};
  for (const e of events)
    if (e.type === 'participantJoined') names[e.participant.userId] = e.participant.name;
  const report = buildReport({ view: viewFor(state, readerId), readerId, names });
  return { report, meta: await metaOf(db, meeting) };
}

/** The setup the room froze into the log at seq 0; null when the meeting was never opened. */
async function storedSetup(db: Db, meetingId: string): Promise<MeetingSetup | null> {
  const [row] = await db
    .select({ payload: meetingEvents.payload })
    .from(meetingEvents)
    .where(and(eq(meetingEvents.meetingId, meetingId), eq(meetingEvents.seq, 0)));
  return (row?.payload as MeetingSetup | undefined) ?? null;
}

function emptySetup(meeting: MeetingRow): MeetingSetup {
  return { meetingId: meeting.id, groupId: meeting.groupId, method: null, chairUserId: '' };
}

async function metaOf(db: Db, meeting: MeetingRow): Promise<ReportMeta> {
  const [group] = await db.select({ name: groups.name }).from(groups).where(eq(groups.id, meeting.groupId));
  return {
    groupName: group?.name ?? '',
    date: utcToZonedFields(meeting.startsAt, meeting.timeZone).date,
  };
}
