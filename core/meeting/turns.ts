import type { Phase } from '../methods/schema';
import { eligible } from './rules';
import type { MeetingState, TurnState } from './types';

/** The turn structure a round or stick phase starts with: eligible people in join order (TURN-1, TURN-5). */
export function buildTurn(state: MeetingState, phase: Phase, now: number): TurnState | null {
  if (phase.turns !== 'round' && phase.turns !== 'stick') return null;
  let order = state.participants.map((p) => p.userId).filter((id) => eligible(state, phase, id));
  const caseGiver = state.roles.caseGiver;
  // The case-giver tells and answers holding the stick, so a stick phase starts with them (TURN-5).
  if (phase.turns === 'stick' && caseGiver && order.includes(caseGiver)) {
    const at = order.indexOf(caseGiver);
    order = [...order.slice(at), ...order.slice(0, at)];
  }
  return {
    mode: phase.turns,
    order,
    index: 0,
    round: 1,
    passed: [],
    silentStreak: 0,
    since: now,
    spoke: 0,
    lastSpeaker: null,
  };
}

/** Who holds the turn or the stick now, or null. */
export function holderOf(turn: TurnState | null): string | null {
  return turn?.order[turn.index] ?? null;
}

/** The index after the current holder, wrapping round. */
export function nextIndex(turn: TurnState): number {
  return turn.order.length === 0 ? 0 : (turn.index + 1) % turn.order.length;
}

/** Moves the turn to `index`; the old holder's time goes to airtime, a pass is remembered (TURN-3, TURN-4). */
export function moveTurn(turn: TurnState, index: number, passed: boolean, at: number): TurnState {
  const holder = holderOf(turn);
  const wrapped = index <= turn.index;
  const passedNow =
    passed && holder && !turn.passed.includes(holder) ? [...turn.passed, holder] : turn.passed;
  return {
    ...turn,
    index,
    round: wrapped ? turn.round + 1 : turn.round,
    passed: wrapped ? [] : passedNow,
    silentStreak: passed ? turn.silentStreak + 1 : 0,
    since: at,
    spoke: 0,
    floor: null,
  };
}

/** The moment the clock shows: while paused, the pause's start (LIFE-3). */
export function clockAt(state: Pick<MeetingState, 'pausedAt'>, at: number): number {
  return state.pausedAt === null || state.pausedAt === undefined ? at : Math.min(at, state.pausedAt);
}

/** Adds the holder's time since they got the turn to the airtime table of a phase. */
export function accrueAirtime(
  airtime: MeetingState['airtime'],
  phaseId: string,
  turn: TurnState,
  at: number,
): MeetingState['airtime'] {
  const holder = holderOf(turn);
  if (!holder || at <= turn.since) return airtime;
  const table = airtime[phaseId] ?? {};
  return { ...airtime, [phaseId]: { ...table, [holder]: (table[holder] ?? 0) + (at - turn.since) } };
}
