import { and, eq } from 'drizzle-orm';
import type { ReportResponse } from '../../../core/api/reports';
import { utcToZonedFields } from '../../../core/calendar/zoned-time';
import { caseState } from '../../../core/meeting/cases';
import { caseOwners, caseReaders } from '../../../core/meeting/ended-view';
import { replay } from '../../../core/meeting/evolve';
import { initialState } from '../../../core/meeting/state';
import type { MeetingSetup, StoredEvent } from '../../../core/meeting/types';
import { viewFor } from '../../../core/meeting/visibility';
import { buildReport, type ReportMeta } from '../../../core/reports/index';
import type { Db } from '../../db/client';
import { groups, meetingEvents } from '../../db/schema/index';
import { AppError } from '../../http/errors';
import { coreEngine } from '../../realtime/core-engine';
import { loadEvents } from '../../realtime/repo';
import { type MeetingRow, meetingAccess } from '../groups/access';
import { meetingSharing, reportSharingOf } from '../groups/report-sharing';
import { findRemoval } from '../retention/repo';
import { reportAsShared } from './sharing';

/** The report of one meeting as one reader may see it, with the header facts its renderers print. */
export type ReportDocument = ReportResponse;

/**
 * Only members who accepted the current ground rules read a report; everyone else gets 404, so an outsider
 * cannot even learn that the meeting exists.
 */
export async function readableMeeting(db: Db, userId: string, meetingId: string): Promise<MeetingRow> {
  const access = await meetingAccess(db, userId, meetingId);
  if (!access?.acceptedCurrentRules) throw new AppError('not_found', 404);
  return access.meeting;
}

/**
 * Replays the stored log and keeps only what this reader may see: the live room's VIS rules first, then the
 * group's report sharing (REPORT-2 … REPORT-5). The one place that decides a reader's report; the web page,
 * the Markdown and the PDF all come from here (REPORT-7).
 */
export async function reportFor(
  db: Db,
  readerId: string,
  meeting: MeetingRow,
  caseNumber?: number,
): Promise<ReportDocument> {
  const setup = (await storedSetup(db, meeting.id)) ?? emptySetup(meeting);
  const events = (await loadEvents(db, meeting.id)).map(
    (row) => coreEngine.fromRow(row) as unknown as StoredEvent,
  );
  const whole = replay(initialState(setup), events);
  const { names, participants, owners, readers } = whoWasThere(events);
  // One report per case (CASES-7): the reader's own last case (one of a pair too) unless they ask for another.
  const own = readers.map((r) => r.includes(readerId));
  const number = caseNumber ?? (own.lastIndexOf(true) + 1 || owners.length);
  const state = caseState(whole, number);
  if (!state) throw new AppError('not_found', 404);
  const caseGiverId = owners[number - 1] ?? null;
  const coCaseGiverId = readers[number - 1]?.find((id) => id !== caseGiverId) ?? null;
  // The second case-giver stays named (their "heard" too) after leaving the room (PAIR-6).
  const roles = { ...state.roles, coCaseGiver: coCaseGiverId };
  const built = buildReport({ view: viewFor({ ...state, roles }, readerId), readerId, names });
  // Someone who left before the end lost the role in the room, but it is still their case.
  const report = {
    ...built,
    caseGiver: built.caseGiver ?? (caseGiverId ? (names[caseGiverId] ?? null) : null),
    ...(coCaseGiverId && { coCaseGiver: built.coCaseGiver ?? names[coCaseGiverId] ?? null }),
    // REPORT-9: once retention removed the content, only the anonymous evaluation means are left.
    ...((await findRemoval(db, meeting.id)) && {
      sections: built.sections.filter((section) => section.kind === 'evaluation'),
    }),
  };
  // Both of a pair read their case whole (PAIR-6).
  const caseGiver = readers[number - 1]?.includes(readerId) === true;
  const now = await reportSharingOf(db, meeting.groupId);
  const endedAt = state.endedAt === null ? null : new Date(state.endedAt);
  const level = await meetingSharing(db, meeting.groupId, endedAt, now);
  return {
    report: reportAsShared(report, level, caseGiver),
    meta: await metaOf(db, meeting),
    cases: owners.map((id, i) => ({ number: i + 1, caseGiver: id ? (names[id] ?? null) : null })),
    case: number,
    participants,
    reading: { level, caseGiver, heldAtMeetingEnd: level !== now },
  };
}

/**
 * Names of everyone who ever joined (the state forgets those who left), the participants in join order,
 * and each case's case-giver: whoever last became case-giver in it, even if they left before the end
 * (REPORT-2, CASES-7).
 */
function whoWasThere(events: StoredEvent[]) {
  const names: Record<string, string> = {};
  for (const e of events) {
    if (e.type === 'participantJoined') names[e.participant.userId] ??= e.participant.name;
  }
  return {
    names,
    participants: Object.values(names),
    owners: caseOwners(events),
    readers: caseReaders(events),
  };
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
