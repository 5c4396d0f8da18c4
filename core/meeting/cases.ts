import type { CaseRecord, MeetingState } from './types';

/** The cases finished before the running one (CASES-2); none in a meeting of one case. */
export function earlierCases(state: Pick<MeetingState, 'earlierCases'>): CaseRecord[] {
  return state.earlierCases ?? [];
}

/** The running (or last) case's number, from 1. */
export function caseNumber(state: Pick<MeetingState, 'earlierCases'>): number {
  return earlierCases(state).length + 1;
}

/** The running case's own parts, as they are kept once the next case starts (CASES-2). */
export function caseRecordOf(state: MeetingState): CaseRecord {
  return {
    caseGiver: state.roles.caseGiver,
    coCaseGiver: state.roles.coCaseGiver ?? null,
    method: state.method,
    phaseIndex: state.phaseIndex,
    skippedPhaseIds: state.skippedPhaseIds,
    revealedPhaseIds: state.revealedPhaseIds,
    extensions: state.extensions,
    airtime: state.airtime,
    chosenPitchId: state.chosenPitchId,
    caseQuestion: state.caseQuestion,
    contributions: state.contributions,
    decision: state.decision,
  };
}

/**
 * The meeting as it stood for one case (1-based): an earlier case's own parts in place of the running
 * case's, at no running step, so what ended is seen as ended (CASES-6). The last case is the state itself.
 * Null when there is no such case.
 */
export function caseState(state: MeetingState, number: number): MeetingState | null {
  const earlier = earlierCases(state);
  if (number === earlier.length + 1) return state;
  const record = earlier[number - 1];
  if (!record || !Number.isInteger(number)) return null;
  const { caseGiver, coCaseGiver, ...own } = record;
  return {
    ...state,
    ...own,
    roles: { ...state.roles, caseGiver, coCaseGiver: coCaseGiver ?? null },
    // No step of an earlier case runs; the meeting's end is still its end.
    stage: state.stage === 'ended' ? 'ended' : 'summary',
    turn: null,
    votes: {},
    earlierCases: [],
    firstPhase: 0,
  };
}

/** Every case's case-giver in order, the running case's last (null where none was chosen). */
export function caseGivers(state: MeetingState): (string | null)[] {
  return [...earlierCases(state).map((c) => c.caseGiver), state.roles.caseGiver];
}

/** Everyone who gave a case in the meeting so far, the second of a pair too (CASES-5, PAIR-4). */
export function everyCaseGiver(state: MeetingState): string[] {
  const records = [...earlierCases(state), caseRecordOf(state)];
  return records
    .flatMap((c) => [c.caseGiver, c.coCaseGiver ?? null])
    .filter((id): id is string => id !== null);
}

/** The ids of pitches chosen for any case of the meeting so far. */
export function chosenPitchIds(state: MeetingState): Set<string> {
  const ids = [...earlierCases(state).map((c) => c.chosenPitchId), state.chosenPitchId];
  return new Set(ids.filter((id): id is string => id !== null));
}

/** The ids of the cases brought in ahead whose pitch the chair chose for any case of this meeting (CASE-2, CASES-7). */
export function discussedCases(state: MeetingState): string[] {
  const chosen = chosenPitchIds(state);
  return state.pitches.flatMap((p) => (chosen.has(p.id) && p.caseId ? [p.caseId] : []));
}
