import type { ReportSharing } from '../api/reports';
import { sharesSection } from '../reports/sharing';
import type { MeetingState, MeetingView, StoredEvent } from './types';
import { viewFor } from './visibility';

/**
 * Whoever last became case-giver, even if they left before the end: the person whose case it is and who
 * reads the whole report (REPORT-2).
 */
export function caseOwner(events: readonly StoredEvent[]): string | null {
  let owner: string | null = null;
  for (const e of events) {
    if (e.type === 'caseChosen') owner = e.caseGiverId;
    if (e.type === 'roleAssigned' && e.role === 'caseGiver') owner = e.userId;
  }
  return owner;
}

/**
 * What an ended meeting's room shows one member (REPORT-10): no more than their report (REPORT-2 …
 * REPORT-4). The case-giver keeps the whole view; anyone else keeps the frame of the meeting (method,
 * stage, who took part, roles) and only the sections the level shares: the case question and every
 * contribution from `contributions`, the decision with its actions and others' shared learning points
 * from `everything`. Evaluations stay for the means, without names or notes but one's own; pitches,
 * votes, flags and airtime are in no report, so others get none of them.
 */
export function endedViewFor(
  state: MeetingState,
  events: readonly StoredEvent[],
  userId: string,
  level: ReportSharing,
  ownerSeesAll = true,
): MeetingView {
  const view = viewFor(state, userId);
  if (ownerSeesAll && caseOwner(events) === userId) return view;
  const contributions = sharesSection(level, 'contributions');
  // Every field is listed, so a new part of the state reaches others only once someone decides it may.
  const cut: Required<MeetingView> = {
    meetingId: view.meetingId,
    groupId: view.groupId,
    stage: view.stage,
    autoAdvance: view.autoAdvance,
    talkMode: view.talkMode,
    participants: view.participants,
    admittedGuests: view.admittedGuests,
    roles: view.roles,
    method: view.method,
    phaseIndex: view.phaseIndex,
    skippedPhaseIds: view.skippedPhaseIds,
    revealedPhaseIds: view.revealedPhaseIds,
    deadline: view.deadline,
    stepStartedAt: view.stepStartedAt,
    extendedMs: view.extendedMs,
    extensions: view.extensions,
    turn: null,
    airtime: contributions ? view.airtime : {},
    pitches: view.pitches.filter((p) => p.authorId === userId),
    votes: {},
    chosenPitchId: null,
    caseQuestion: sharesSection(level, 'question') ? view.caseQuestion : null,
    contributions: contributions ? view.contributions : [],
    nextId: view.nextId,
    ready: view.ready,
    flags: [],
    decision: sharesSection(level, 'decision') ? view.decision : null,
    evaluations: view.evaluations.map((e) => (e.userId === userId ? e : { ...e, userId: '', note: null })),
    learningPoints: view.learningPoints.filter(
      (l) => l.authorId === userId || (l.shared && sharesSection(level, 'learningPoints')),
    ),
    endedAt: view.endedAt,
    pausedAt: null,
    facilitatorMode: view.facilitatorMode,
  };
  return cut;
}
