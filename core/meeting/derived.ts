import { isCaseGiver } from './case-givers';
import { activeRules, contributionCheck, isFacilitator, isObserver, placementNow } from './rules';
import { clockAt, holderOf } from './turns';
import type { MeetingState, RejectionCode } from './types';

export { activeRules, contributionCheck, currentPhase } from './rules';

/** Milliseconds left in the running step on the server clock (negative = overrun), or null without a time box. */
export function remainingMs(state: MeetingState, serverNow: number): number | null {
  // While paused the clock stands still at the pause (LIFE-3).
  return state.deadline === null ? null : state.deadline - clockAt(state, serverNow);
}

/** Whether this user may add a contribution right now (kind aside). */
export function canContribute(state: MeetingState, userId: string): boolean {
  return contributionCheck(state, userId) === null;
}

/** The speaking order of the running round or stick phase (empty in other phases). */
export function turnOrder(state: MeetingState): string[] {
  return state.turn?.order ?? [];
}

/** Who holds the turn or the talking stick now. */
export function currentSpeaker(state: MeetingState): string | null {
  return holderOf(state.turn);
}

/** Who gets the turn after the current holder. */
export function nextSpeaker(state: MeetingState): string | null {
  const turn = state.turn;
  if (!turn || turn.order.length === 0) return null;
  return turn.order[(turn.index + 1) % turn.order.length] ?? null;
}

/** Whether a full round passed without anyone contributing (the stick may be laid down, TURN-4). */
export function silentRound(state: MeetingState): boolean {
  const turn = state.turn;
  return turn !== null && turn.order.length > 0 && turn.silentStreak >= turn.order.length;
}

/** Milliseconds each person held the turn in a phase (default: the running one), the current holder included. */
export function airtime(state: MeetingState, serverNow: number, phaseId?: string): Record<string, number> {
  const id = phaseId ?? activeRules(state)?.id;
  if (!id) return {};
  const table: Record<string, number> = { ...state.airtime[id] };
  const holder = holderOf(state.turn);
  const at = clockAt(state, serverNow);
  if (holder && activeRules(state)?.id === id && at > state.turn!.since) {
    table[holder] = (table[holder] ?? 0) + (at - state.turn!.since);
  }
  return table;
}

/** One person's part in the running step, for "You are the case-giver: in this phase you listen". */
export type Part = {
  role: 'caseGiver' | 'helper' | 'observer';
  chair: boolean;
  facilitator: boolean;
  placement: ReturnType<typeof placementNow>;
  /** Why they cannot contribute now, or null when they can. */
  blocked: RejectionCode | null;
  holdsTurn: boolean;
};

/** What this user's part is in the running step. */
export function partOf(state: MeetingState, userId: string): Part {
  const role = isCaseGiver(state, userId) ? 'caseGiver' : isObserver(state, userId) ? 'observer' : 'helper';
  return {
    role,
    chair: state.roles.chair === userId,
    facilitator: isFacilitator(state, userId),
    placement: placementNow(state),
    blocked: contributionCheck(state, userId),
    holdsTurn: holderOf(state.turn) === userId,
  };
}

/** Votes per pitch id. */
export function voteCounts(state: MeetingState): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const pitchId of Object.values(state.votes)) counts[pitchId] = (counts[pitchId] ?? 0) + 1;
  return counts;
}
