import { activeRules, currentPhase } from '../rules';
import { enterEvent, findPhase, leaveEvents, moveEvents, nextStep, previousStep, type Step } from '../steps';
import type { Decided, MeetingState } from '../types';
import { accept, type Deciders, reject } from './kit';

/** The events of advancing one step, as the chair's advancePhase or the clock's auto-advance. */
export function advance(state: MeetingState, now: number): Decided {
  const step = nextStep(state);
  return typeof step === 'string' ? reject(step) : accept(...moveEvents(state, step, now));
}

/** Meeting flow: method, stages, phases, time and reveal; all chair-only except markReady and extendTimebox. */
export const flowDeciders = {
  chooseMethod(state, { method, versionId }) {
    if (state.phaseIndex !== null) return reject('method_locked');
    return accept(versionId ? { type: 'methodChosen', method, versionId } : { type: 'methodChosen', method });
  },
  openStage(state, { stage, minutes }, _actor, now) {
    if (state.stage === stage) return reject('wrong_stage', 'already open');
    const step: Step = minutes === undefined ? { kind: 'stage', stage } : { kind: 'stage', stage, minutes };
    return accept(...moveEvents(state, step, now));
  },
  startPhase(state, { phaseId }, _actor, now) {
    if (!state.method) return reject('no_method');
    const first = state.firstPhase ?? 0;
    const index =
      phaseId === undefined
        ? findPhase(state, first, 1)
        : state.method.phases.findIndex((p) => p.id === phaseId);
    // An earlier round of the method belongs to an earlier case (CASES-3).
    if (index === null || index < first) return reject('invalid_phase');
    if (state.stage === 'phase' && state.phaseIndex === index)
      return reject('invalid_phase', 'already running');
    return accept(...moveEvents(state, { kind: 'phase', index }, now));
  },
  advancePhase(state, _command, _actor, now) {
    return advance(state, now);
  },
  goBack(state, _command, _actor, now) {
    const step = previousStep(state);
    return typeof step === 'string' ? reject(step) : accept(...moveEvents(state, step, now));
  },
  skipPhase(state, { phaseId }, actor, now) {
    const index = state.method?.phases.findIndex((p) => p.id === phaseId) ?? -1;
    if (index < 0) return reject('invalid_phase');
    if (state.skippedPhaseIds.includes(phaseId)) return accept();
    const running = currentPhase(state)?.id === phaseId;
    // Outside the phases (e.g. back in casting) the whole plan can still change.
    if (state.stage === 'phase' && index < (state.phaseIndex ?? 0))
      return reject('invalid_phase', 'already done');
    const skipped = { type: 'phaseSkipped', phaseId, by: actor.userId } as const;
    if (!running) return accept(skipped);
    const after = { ...state, skippedPhaseIds: [...state.skippedPhaseIds, phaseId] };
    const step = nextStep(after);
    if (typeof step === 'string') return reject(step);
    return accept(...leaveEvents(state), skipped, enterEvent(after, step, now));
  },
  extendTimebox(state, { minutes }, actor, now) {
    if (state.roles.chair !== actor.userId && state.roles.timekeeper !== actor.userId) {
      return reject('not_chair_or_timekeeper');
    }
    if (state.stage === 'lobby') return reject('wrong_stage');
    const ms = minutes * 60_000;
    return accept({ type: 'timeboxExtended', ms, deadline: (state.deadline ?? now) + ms, by: actor.userId });
  },
  reveal(state) {
    const rules = activeRules(state);
    if (rules?.turns !== 'individual') return reject('wrong_stage');
    return accept(...leaveEvents(state));
  },
  markReady(state, { ready }, actor) {
    if (state.ready.includes(actor.userId) === ready) return accept();
    return accept({ type: 'readyMarked', userId: actor.userId, ready });
  },
  endMeeting(state, _command, actor, now) {
    return accept(...leaveEvents(state), { type: 'meetingEnded', at: now, by: actor.userId });
  },
} satisfies Partial<Deciders>;
