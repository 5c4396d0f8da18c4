import { type Handlers, without } from './kit';

/** A turn's start moved past a pause: time paused is nobody's airtime (LIFE-3). */
function shiftSince(since: number, pausedAt: number, at: number): number {
  return since >= pausedAt ? at : since + (at - pausedAt);
}

/** The chair taken over, the clock paused, skips undone, contributions hidden, the floor, the facilitator mode. */
export const realLifeHandlers = {
  chairTaken(state, { userId }) {
    return { ...state, roles: { ...state.roles, chair: userId } };
  },
  clockPaused(state, { at }) {
    return { ...state, pausedAt: at };
  },
  clockResumed(state, { at, deadline }) {
    const { pausedAt, turn } = state;
    if (pausedAt === null) return state;
    return {
      ...state,
      pausedAt: null,
      deadline,
      turn: turn ? { ...turn, since: shiftSince(turn.since, pausedAt, at) } : turn,
    };
  },
  phaseUnskipped(state, { phaseId }) {
    return { ...state, skippedPhaseIds: without(state.skippedPhaseIds, phaseId) };
  },
  contributionHidden(state, { contributionId, hidden }) {
    if (!state.contributions.some((c) => c.id === contributionId)) return state;
    return {
      ...state,
      contributions: state.contributions.map((c) => (c.id === contributionId ? { ...c, hidden } : c)),
    };
  },
  floorGiven(state, { userId }) {
    return state.turn ? { ...state, turn: { ...state.turn, floor: userId } } : state;
  },
  facilitatorModeSet(state, { mode }) {
    return { ...state, facilitatorMode: mode };
  },
} satisfies Partial<Handlers>;
