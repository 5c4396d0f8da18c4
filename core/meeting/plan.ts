import type { FramePart, Method, Phase } from '../methods/schema';
import type { OpenableStage } from './limits';
import type { MeetingState } from './types';

/** One place in the meeting's order: a frame stage (replaced when a phase stands for it) or a method phase. */
export type Slot =
  | { kind: 'stage'; stage: 'lobby' | OpenableStage; replaced: boolean }
  | { kind: 'phase'; index: number };

/** Where each frame part sits among the method's phases; phases that stand for no part rank in between. */
const FRAME_RANK: Record<FramePart, number> = {
  opening: 0,
  inventory: 1,
  casting: 2,
  decision: 4,
  evaluation: 5,
};
const BODY_RANK = 3;
const FRAME_ORDER = Object.keys(FRAME_RANK) as FramePart[];

function rankOf(phase: Pick<Phase, 'frame'>): number {
  return phase.frame?.length ? Math.max(...phase.frame.map((part) => FRAME_RANK[part])) : BODY_RANK;
}

/** The frame parts the method has a phase of its own for. */
export function ownParts(method: Pick<Method, 'phases'> | null): Set<FramePart> {
  return new Set((method?.phases ?? []).flatMap((p) => p.frame ?? []));
}

/**
 * The meeting's whole order (FRAME-1): the method's phases in their own order, and each frame stage just
 * before the first phase that stands for a later part of the frame. Replaced stages stay in the list, marked,
 * so a meeting that is in one anyway (opened by hand) still knows what comes next.
 */
export function meetingPlan(method: Pick<Method, 'phases'> | null): Slot[] {
  const own = ownParts(method);
  const stage = (part: FramePart): Slot => ({ kind: 'stage', stage: part, replaced: own.has(part) });
  const slots: Slot[] = [{ kind: 'stage', stage: 'lobby', replaced: false }];
  let next = 0;
  (method?.phases ?? []).forEach((phase, index) => {
    const rank = rankOf(phase);
    while (next < FRAME_ORDER.length && FRAME_RANK[FRAME_ORDER[next]!] < rank)
      slots.push(stage(FRAME_ORDER[next++]!));
    slots.push({ kind: 'phase', index });
  });
  while (next < FRAME_ORDER.length) slots.push(stage(FRAME_ORDER[next++]!));
  slots.push({ kind: 'stage', stage: 'summary', replaced: false });
  return slots;
}

/** The meeting's place in its order, or -1 when it has ended. */
export function planPosition(state: MeetingState, plan: Slot[]): number {
  if (state.stage === 'phase')
    return plan.findIndex((s) => s.kind === 'phase' && s.index === state.phaseIndex);
  return plan.findIndex((s) => s.kind === 'stage' && s.stage === state.stage);
}

/** Whether the meeting can go to this place: a phase not skipped, or a frame stage the method does not replace. */
export function usable(state: MeetingState, slot: Slot): boolean {
  if (slot.kind === 'phase')
    return (
      slot.index >= (state.firstPhase ?? 0) &&
      !state.skippedPhaseIds.includes(state.method!.phases[slot.index]!.id)
    );
  return !slot.replaced && slot.stage !== 'lobby';
}

/**
 * Where the running case's part of the order begins: the start for the first case, the inventory for every
 * later one, which never opens again (CASES-3).
 */
export function caseStart(state: MeetingState, plan: Slot[]): number {
  if (!state.earlierCases?.length) return 0;
  return plan.findIndex((s) => s.kind === 'stage' && s.stage === 'inventory');
}

/** The frame parts the running step stands for: a frame stage is its own part, a phase the parts it names. */
export function partsNow(state: MeetingState): readonly string[] {
  if (state.stage !== 'phase') return [state.stage];
  return state.method?.phases[state.phaseIndex ?? -1]?.frame ?? [];
}
