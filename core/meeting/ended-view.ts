import type { ReportSharing } from '../api/reports';
import { sharesSection } from '../reports/sharing';
import type { CaseRecord, MeetingState, MeetingView, StoredEvent } from './types';
import { viewFor } from './visibility';

/**
 * Each case's owner, in order (CASES-7): whoever last became case-giver in that case, even if they left
 * before the end; the person whose case it is and who reads its whole report (REPORT-2).
 */
export function caseOwners(events: readonly StoredEvent[]): (string | null)[] {
  const owners: (string | null)[] = [null];
  for (const e of events) {
    if (e.type === 'nextCaseStarted') owners.push(null);
    if (e.type === 'caseChosen') owners[owners.length - 1] = e.caseGiverId;
    if (e.type === 'roleAssigned' && e.role === 'caseGiver') owners[owners.length - 1] = e.userId;
  }
  return owners;
}

/**
 * Each case's second case-giver, in order (PAIR-6): whoever last became it in that case and was not taken
 * off or dropped (PAIR-1, PAIR-5), even if they left before the end; null where the case had none.
 */
export function caseCoOwners(events: readonly StoredEvent[]): (string | null)[] {
  const co: (string | null)[] = [null];
  const drop = (userId: string) => {
    if (co[co.length - 1] === userId) co[co.length - 1] = null;
  };
  for (const e of events) {
    if (e.type === 'nextCaseStarted') co.push(null);
    if (e.type === 'methodChosen' && e.method.caseGiverPair !== true) co[co.length - 1] = null;
    if (e.type === 'caseChosen') drop(e.caseGiverId);
    if (e.type === 'roleAssigned' && e.role === 'caseGiver') drop(e.userId);
    if (e.type === 'roleAssigned' && e.role === 'coCaseGiver') co[co.length - 1] = e.userId;
    if (e.type === 'roleUnassigned' && e.role === 'coCaseGiver') drop(e.userId);
  }
  return co;
}

/** Who reads each case whole, in order (REPORT-2, PAIR-6): its case-giver and the second of a pair. */
export function caseReaders(events: readonly StoredEvent[]): string[][] {
  const co = caseCoOwners(events);
  return caseOwners(events).map((owner, i) =>
    [owner, co[i] ?? null].filter((id): id is string => id !== null),
  );
}

/** The last case's owner (REPORT-2); in a meeting of one case, the case-giver. */
export function caseOwner(events: readonly StoredEvent[]): string | null {
  return caseOwners(events).at(-1) ?? null;
}

/** One case as someone who did not give it may read it: only the sections the level shares. */
function cutCase(record: CaseRecord, level: ReportSharing): CaseRecord {
  const contributions = sharesSection(level, 'contributions');
  return {
    caseGiver: record.caseGiver,
    coCaseGiver: record.coCaseGiver ?? null,
    method: record.method,
    phaseIndex: record.phaseIndex,
    skippedPhaseIds: record.skippedPhaseIds,
    revealedPhaseIds: record.revealedPhaseIds,
    extensions: record.extensions,
    airtime: contributions ? record.airtime : {},
    chosenPitchId: null,
    caseQuestion: sharesSection(level, 'question') ? record.caseQuestion : null,
    contributions: contributions ? record.contributions : [],
    decision: sharesSection(level, 'decision') ? record.decision : null,
  };
}

/**
 * What an ended meeting's room shows one member (REPORT-10): no more than their reports (REPORT-2 …
 * REPORT-4, CASES-7). A case-giver keeps their own case whole, and the meeting's other parts (pitches,
 * votes, flags, airtime, the evaluation with names); of every other case — all of them for anyone who gave
 * none — they keep its frame (method, who gave it) and only the sections the level shares: the case question
 * and every contribution from `contributions`, the decision with its actions from `everything`. Someone
 * who gave no case keeps the meeting's frame (stage, who took part, roles), others' shared learning points
 * from `everything`, and the evaluations for the means, without names or notes but their own; pitches,
 * votes, flags and airtime are in no report, so they get none of them.
 */
export function endedViewFor(
  state: MeetingState,
  events: readonly StoredEvent[],
  userId: string,
  level: ReportSharing,
  ownerSeesAll = true,
): MeetingView {
  const view = viewFor(state, userId);
  const readers = ownerSeesAll ? caseReaders(events) : [];
  const owns = (n: number) => readers[n]?.includes(userId) === true;
  const last = (view.earlierCases ?? []).length;
  const earlierCases = view.earlierCases?.map((record, i) => (owns(i) ? record : cutCase(record, level)));
  const running = owns(last)
    ? null
    : cutCase(
        { ...view, caseGiver: view.roles.caseGiver, coCaseGiver: view.roles.coCaseGiver ?? null },
        level,
      );
  const cases = {
    ...(earlierCases ? { earlierCases } : {}),
    ...(running && {
      airtime: running.airtime,
      chosenPitchId: running.chosenPitchId,
      caseQuestion: running.caseQuestion,
      contributions: running.contributions,
      decision: running.decision,
    }),
  };
  if (readers.some((r) => r.includes(userId))) return { ...view, ...cases };
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
    airtime: running!.airtime,
    pitches: view.pitches.filter((p) => p.authorId === userId),
    votes: {},
    chosenPitchId: null,
    caseQuestion: running!.caseQuestion,
    contributions: running!.contributions,
    nextId: view.nextId,
    ready: view.ready,
    flags: [],
    decision: running!.decision,
    evaluations: view.evaluations.map((e) => (e.userId === userId ? e : { ...e, userId: '', note: null })),
    learningPoints: view.learningPoints.filter(
      (l) => l.authorId === userId || (l.shared && sharesSection(level, 'learningPoints')),
    ),
    endedAt: view.endedAt,
    pausedAt: null,
    facilitatorMode: view.facilitatorMode,
    earlierCases: [],
    firstPhase: 0,
    practice: view.practice ?? null,
  };
  // Optional parts stay absent where the state has none (a meeting of one case).
  const { earlierCases: _e, firstPhase: _f, ...rest } = cut;
  return { ...rest, ...cases, ...(view.firstPhase !== undefined && { firstPhase: view.firstPhase }) };
}
