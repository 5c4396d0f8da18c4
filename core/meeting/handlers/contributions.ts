import { activeRules, isRunning } from '../rules';
import { accrueAirtime, clockAt, holderOf, moveTurn } from '../turns';
import type { Contribution, MeetingState } from '../types';
import type { Handlers } from './kit';

/** Applies a change to one contribution; unknown ids (e.g. hidden from a view) change nothing. */
function update(state: MeetingState, id: string, change: (c: Contribution) => Contribution): MeetingState {
  if (!state.contributions.some((c) => c.id === id)) return state;
  return { ...state, contributions: state.contributions.map((c) => (c.id === id ? change(c) : c)) };
}

/** Contributions, reactions to them, and the turn they move. */
export const contributionHandlers = {
  contributionAdded(state, { contribution }) {
    let turn = state.turn;
    // Only the holder (or who has the floor, LIFE-6) contributes in a turn phase, so they spoke, not the
    // author, which a view may hide. The floor's one contribution is not the holder's.
    if (turn && isRunning(state, contribution.phaseId)) {
      turn = turn.floor
        ? { ...turn, lastSpeaker: turn.floor }
        : { ...turn, spoke: turn.spoke + 1, lastSpeaker: holderOf(turn) };
    }
    return {
      ...state,
      contributions: [...state.contributions, contribution],
      nextId: state.nextId + 1,
      turn,
    };
  },
  contributionEdited(state, { contributionId, text, force, at }) {
    return update(state, contributionId, (c) => ({ ...c, text, force, editedAt: at }));
  },
  contributionWithdrawn(state, { contributionId }) {
    return { ...state, contributions: state.contributions.filter((c) => c.id !== contributionId) };
  },
  turnMoved(state, { index, passed, at }) {
    const rules = activeRules(state);
    if (!state.turn || !rules) return state;
    return {
      ...state,
      airtime: accrueAirtime(state.airtime, rules.id, state.turn, clockAt(state, at)),
      turn: moveTurn(state.turn, index, passed, at),
    };
  },
  questionAnswered(state, { contributionId, text }) {
    return update(state, contributionId, (c) => ({ ...c, answer: text }));
  },
  contributionRated(state, { contributionId, rating }) {
    return update(state, contributionId, (c) => ({ ...c, rating }));
  },
  contributionChosen(state, { contributionId, chosen }) {
    return update(state, contributionId, (c) => ({ ...c, chosen }));
  },
  forceWeighed(state, { contributionId, userId, weight }) {
    return update(state, contributionId, (c) => ({ ...c, weights: { ...c.weights, [userId]: weight } }));
  },
  contributionTagged(state, { contributionId, tag }) {
    return update(state, contributionId, (c) => ({ ...c, tag }));
  },
} satisfies Partial<Handlers>;
