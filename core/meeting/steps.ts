import type { OpenableStage } from './commands';
import { activeRules, currentPhase, weightsHidden } from './rules';
import { buildTurn } from './turns';
import type { MeetingEvent, MeetingState, RejectionCode } from './types';

/** Where the chair can move the meeting: a frame stage or one of the method's phases. */
export type Step =
  | { kind: 'stage'; stage: OpenableStage; minutes?: number }
  | { kind: 'phase'; index: number };

const FRAME_AFTER: Partial<Record<MeetingState['stage'], OpenableStage>> = {
  lobby: 'opening',
  opening: 'inventory',
  inventory: 'casting',
  decision: 'evaluation',
  evaluation: 'summary',
};
const FRAME_BEFORE: Partial<Record<MeetingState['stage'], OpenableStage>> = {
  inventory: 'opening',
  casting: 'inventory',
  evaluation: 'decision',
  summary: 'evaluation',
};

/** The first phase index at or after `from` (or before, with dir -1) that is not skipped; null when none. */
export function findPhase(state: MeetingState, from: number, dir: 1 | -1): number | null {
  const phases = state.method?.phases ?? [];
  for (let i = from; i >= 0 && i < phases.length; i += dir) {
    if (!state.skippedPhaseIds.includes(phases[i]!.id)) return i;
  }
  return null;
}

/** The step `advancePhase` goes to (PHASE-1). */
export function nextStep(state: MeetingState): Step | RejectionCode {
  const frame = FRAME_AFTER[state.stage];
  if (frame) return { kind: 'stage', stage: frame };
  if (state.stage === 'casting') {
    if (!state.method) return 'no_method';
    const first = findPhase(state, 0, 1);
    return first === null ? { kind: 'stage', stage: 'decision' } : { kind: 'phase', index: first };
  }
  if (state.stage === 'phase') {
    const next = findPhase(state, (state.phaseIndex ?? -1) + 1, 1);
    return next === null ? { kind: 'stage', stage: 'decision' } : { kind: 'phase', index: next };
  }
  return 'invalid_phase';
}

/** The step `goBack` goes to (PHASE-2). */
export function previousStep(state: MeetingState): Step | RejectionCode {
  const frame = FRAME_BEFORE[state.stage];
  if (frame) return { kind: 'stage', stage: frame };
  const phases = state.method?.phases.length ?? 0;
  if (state.stage === 'phase' || state.stage === 'decision') {
    const from = state.stage === 'phase' ? (state.phaseIndex ?? 0) - 1 : phases - 1;
    const prev = findPhase(state, from, -1);
    return prev === null ? { kind: 'stage', stage: 'casting' } : { kind: 'phase', index: prev };
  }
  return 'invalid_phase';
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
