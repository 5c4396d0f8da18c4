import type { MeetingState } from './types';

/** The ids of the cases brought in ahead whose pitch the chair chose in this meeting (CASE-2). */
export function discussedCases(state: MeetingState): string[] {
  const chosen = new Set([state.chosenPitchId]);
  return state.pitches.flatMap((p) => (chosen.has(p.id) && p.caseId ? [p.caseId] : []));
}
