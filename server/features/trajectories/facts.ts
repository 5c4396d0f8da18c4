import { caseOwner } from '../../../core/meeting/ended-view';
import type { Db } from '../../db/client';
import { replayMeeting } from '../../realtime/replay';
import type { MeetingRow } from '../groups/access';

/** What a trajectory needs to know of one ended meeting, read from its log; never any text people wrote. */
export type MeetingFacts = {
  chairId: string | null;
  caseGiverId: string | null;
  method: { id: string; nl: string; en: string } | null;
  /** Contributions and process flags by the meeting's facilitators. */
  interventions: number;
  flags: number;
  /** Members (not guests) who joined at some point. */
  attended: string[];
  /** Milliseconds holding the turn per user, over all phases. */
  airtime: Record<string, number>;
  /** The case-giver's "I felt heard" (1–5) in the evaluation, if given. */
  heard: number | null;
};

/** The facts of a meeting that ran; null while it has not ended. */
export async function meetingFacts(db: Db, meeting: MeetingRow): Promise<MeetingFacts | null> {
  if (meeting.status !== 'ended') return null;
  const { state, events, facilitators } = await replayMeeting(db, meeting);
  if (state.endedAt === null) return null;
  const byFacilitator = (id: string) => facilitators.includes(id) || state.roles.facilitators.includes(id);
  const airtime: Record<string, number> = {};
  for (const table of Object.values(state.airtime)) {
    for (const [userId, ms] of Object.entries(table)) airtime[userId] = (airtime[userId] ?? 0) + ms;
  }
  const attended = new Set<string>();
  for (const e of events) {
    if (e.type === 'participantJoined' && !e.participant.guest) attended.add(e.participant.userId);
  }
  const caseGiverId = caseOwner(events);
  return {
    chairId: state.roles.chair || null,
    caseGiverId,
    method: state.method ? { id: state.method.id, ...state.method.names } : null,
    interventions:
      state.contributions.filter((c) => byFacilitator(c.authorId)).length +
      state.flags.filter((f) => byFacilitator(f.raisedBy)).length,
    flags: state.flags.length,
    attended: [...attended],
    airtime,
    heard: state.evaluations.find((e) => e.userId === caseGiverId)?.heard ?? null,
  };
}
