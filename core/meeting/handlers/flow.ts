import { activeRules } from '../rules';
import { accrueAirtime, clockAt } from '../turns';
import type { MeetingState } from '../types';
import { type Handlers, withOnce, without } from './kit';

/** Closes the running step: the turn holder's airtime is booked, readiness and turns reset. */
export function closeStep(state: MeetingState, at: number): MeetingState {
  const rules = activeRules(state);
  const airtime =
    state.turn && rules
      ? accrueAirtime(state.airtime, rules.id, state.turn, clockAt(state, at))
      : state.airtime;
  // A new step starts with the clock running (LIFE-3).
  return { ...state, airtime, turn: null, ready: [], extendedMs: 0, pausedAt: null };
}

/** Method choice, stages, phases, time boxes, reveal, readiness and the end. */
export const flowHandlers = {
  talkModeSet(state, { mode }) {
    return { ...state, talkMode: mode };
  },
  methodChosen(state, { method }) {
    // A method of one case-giver has no second one (PAIR-5).
    const roles = method.caseGiverPair === true ? state.roles : { ...state.roles, coCaseGiver: null };
    return { ...state, method, roles, skippedPhaseIds: [] };
  },
  stageOpened(state, { stage, at, deadline }) {
    return { ...closeStep(state, at), stage, deadline, stepStartedAt: at };
  },
  phaseStarted(state, { phaseIndex, phaseId, at, deadline, turn }) {
    return {
      ...closeStep(state, at),
      stage: 'phase',
      phaseIndex,
      skippedPhaseIds: without(state.skippedPhaseIds, phaseId),
      deadline,
      stepStartedAt: at,
      turn,
    };
  },
  phaseSkipped(state, { phaseId }) {
    return { ...state, skippedPhaseIds: withOnce(state.skippedPhaseIds, phaseId) };
  },
  privateRevealed(state, { phaseId }) {
    const contributions = state.contributions.map((c) =>
      c.phaseId === phaseId && c.private && !c.revealed ? { ...c, revealed: true } : c,
    );
    return { ...state, contributions, revealedPhaseIds: withOnce(state.revealedPhaseIds, phaseId) };
  },
  timeboxExtended(state, { ms, deadline }) {
    const key = activeRules(state)?.id ?? state.stage;
    const extensions = { ...state.extensions, [key]: (state.extensions[key] ?? 0) + ms };
    return { ...state, deadline, extendedMs: state.extendedMs + ms, extensions };
  },
  readyMarked(state, { userId, ready }) {
    return { ...state, ready: ready ? withOnce(state.ready, userId) : without(state.ready, userId) };
  },
  meetingEnded(state, { at }) {
    return { ...closeStep(state, at), stage: 'ended', deadline: null, endedAt: at };
  },
} satisfies Partial<Handlers>;
