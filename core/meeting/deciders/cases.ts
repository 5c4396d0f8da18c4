import { caseNumber } from '../cases';
import { evolve } from '../evolve';
import { partsNow } from '../plan';
import { currentPhase } from '../rules';
import { caseFirstStep, enterEvent, leaveEvents } from '../steps';
import type { MeetingEvent, MeetingState } from '../types';
import { accept, type Deciders, reject } from './kit';

/**
 * Where the next case starts in the method (CASES-3): after the running phase when it stands for the
 * decision and a later phase does too (Troika's next round), else at the method's start.
 */
function nextFirstPhase(state: MeetingState): number {
  const phase = currentPhase(state);
  if (!phase?.frame?.includes('decision') || state.phaseIndex === null) return 0;
  const later = state.method!.phases.slice(state.phaseIndex + 1);
  return later.some((p) => p.frame?.includes('decision')) ? state.phaseIndex + 1 : 0;
}

/** A meeting of several cases: the chair starts the next one once a decision is recorded (CASES-1). */
export const caseDeciders = {
  startNextCase(state, _command, _actor, now) {
    const parts = partsNow(state);
    if (!parts.includes('decision') && !parts.includes('evaluation')) return reject('wrong_stage');
    if (!state.decision) return reject('no_decision');
    const leave = leaveEvents(state);
    const started: MeetingEvent = {
      type: 'nextCaseStarted',
      number: caseNumber(state) + 1,
      firstPhase: nextFirstPhase(state),
      at: now,
    };
    const after = [...leave, started].reduce(evolve, state);
    const step = caseFirstStep(after);
    if (!step) return reject('invalid_phase');
    return accept(...leave, started, enterEvent(after, step, now));
  },
} satisfies Partial<Deciders>;
