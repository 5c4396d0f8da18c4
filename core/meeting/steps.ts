import type { OpenableStage } from './commands';
import { caseStart, meetingPlan, planPosition, usable } from './plan';
import { activeRules, currentPhase, weightsHidden } from './rules';
import { buildTurn } from './turns';
import type { MeetingEvent, MeetingState, RejectionCode } from './types';

/** Where the chair can move the meeting: a frame stage or one of the method's phases. */
export type Step =
  | { kind: 'stage'; stage: OpenableStage; minutes?: number }
  | { kind: 'phase'; index: number };

/** The first phase index at or after `from` (or before, with dir -1) that is not skipped; null when none. */
export function findPhase(state: MeetingState, from: number, dir: 1 | -1): number | null {
  const phases = state.method?.phases ?? [];
  for (let i = from; i >= 0 && i < phases.length; i += dir) {
    if (!state.skippedPhaseIds.includes(phases[i]!.id)) return i;
  }
  return null;
}

/** The usable place next to the running step in the meeting's order (FRAME-1), as a step; null when none. */
function neighbour(state: MeetingState, dir: 1 | -1): Step | null {
  const plan = meetingPlan(state.method);
  const start = caseStart(state, plan);
  for (let i = planPosition(state, plan) + dir; i >= start && i < plan.length; i += dir) {
    const slot = plan[i]!;
    if (!usable(state, slot)) continue;
    return slot.kind === 'phase' ? slot : { kind: 'stage', stage: slot.stage as OpenableStage };
  }
  return null;
}

/** The first step of a new case: the first usable place from the inventory on (CASES-3); null when none. */
export function caseFirstStep(state: MeetingState): Step | null {
  const plan = meetingPlan(state.method);
  for (let i = caseStart(state, plan); i >= 0 && i < plan.length; i++) {
    const slot = plan[i]!;
    if (!usable(state, slot)) continue;
    return slot.kind === 'phase' ? slot : { kind: 'stage', stage: slot.stage as OpenableStage };
  }
  return null;
}

/** The step `advancePhase` goes to (PHASE-1, FRAME-1). */
export function nextStep(state: MeetingState): Step | RejectionCode {
  if (state.stage === 'summary' || state.stage === 'ended') return 'invalid_phase';
  if (state.stage === 'casting' && !state.method) return 'no_method';
  return neighbour(state, 1) ?? 'invalid_phase';
}

/** The step `goBack` goes to (PHASE-2, FRAME-1). */
export function previousStep(state: MeetingState): Step | RejectionCode {
  if (state.stage === 'lobby' || state.stage === 'ended') return 'invalid_phase';
  return neighbour(state, -1) ?? 'invalid_phase';
}

/** Events that close the running step: its private writing is revealed when it ends (VIS-1). */
export function leaveEvents(state: MeetingState): MeetingEvent[] {
  const rules = activeRules(state);
  if (!rules) return [];
  const pending = state.contributions.some((c) => c.phaseId === rules.id && c.private && !c.revealed);
  return pending || weightsHidden(state) ? [{ type: 'privateRevealed', phaseId: rules.id }] : [];
}

/** Events that move the meeting from the running step into `step`. */
export function moveEvents(state: MeetingState, step: Step, now: number): MeetingEvent[] {
  return [...leaveEvents(state), enterEvent(state, step, now)];
}

/** The event that opens `step`, with its absolute deadline on the server clock (TIME-1). */
export function enterEvent(state: MeetingState, step: Step, now: number): MeetingEvent {
  if (step.kind === 'stage') {
    const deadline = step.minutes === undefined ? null : now + step.minutes * 60_000;
    return { type: 'stageOpened', stage: step.stage, at: now, deadline };
  }
  const phase = state.method!.phases[step.index]!;
  return {
    type: 'phaseStarted',
    phaseIndex: step.index,
    phaseId: phase.id,
    at: now,
    deadline: now + phase.minutes * 60_000,
    turn: buildTurn(state, phase, now),
  };
}

/** Whether the meeting is in the given phase right now. */
export function inPhase(state: MeetingState, phaseId: string): boolean {
  return currentPhase(state)?.id === phaseId;
}
