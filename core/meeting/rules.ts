import type { Phase } from '../methods/schema';
import { isCaseGiver } from './case-givers';
import type { Contribution, MeetingState, RejectionCode } from './types';
import { OPENING_PHASE_ID } from './types';

/** The parts of a phase that decide who may contribute what; the opening stage has rules of its own. */
export type PhaseRules = Pick<
  Phase,
  | 'id'
  | 'contributors'
  | 'caseGiverPlacement'
  | 'turns'
  | 'contributionKinds'
  | 'tagging'
  | 'paraphraseFirst'
  | 'anonymous'
>;

/** The check-in of the opening stage: everyone may write a note, free turns (MEETING-RULES CONTRIB-8). */
export const OPENING_RULES: PhaseRules = {
  id: OPENING_PHASE_ID,
  contributors: 'all',
  caseGiverPlacement: 'inCircle',
  turns: 'free',
  contributionKinds: ['note'],
  tagging: 'none',
  paraphraseFirst: false,
};

/** The method phase that is running now, or null outside the phase stage. */
export function currentPhase(state: MeetingState): Phase | null {
  if (state.stage !== 'phase' || state.phaseIndex === null) return null;
  return state.method?.phases[state.phaseIndex] ?? null;
}

/** The rules of the running step where people contribute (a phase or the opening), else null. */
export function activeRules(state: MeetingState): PhaseRules | null {
  if (state.stage === 'opening') return OPENING_RULES;
  return currentPhase(state);
}

/** Finds a phase of the chosen method by id (the opening has its own rules). */
export function phaseById(state: MeetingState, phaseId: string): PhaseRules | null {
  if (phaseId === OPENING_PHASE_ID) return OPENING_RULES;
  return state.method?.phases.find((p) => p.id === phaseId) ?? null;
}

/** Whether the contributions of this phase id are being made right now. */
export function isRunning(state: MeetingState, phaseId: string): boolean {
  return activeRules(state)?.id === phaseId;
}

/** Whether the user joined (and did not leave). */
export function isParticipant(state: MeetingState, userId: string): boolean {
  return state.participants.some((p) => p.userId === userId);
}

/** Whether the user is one of the meeting's facilitators. */
export function isFacilitator(state: MeetingState, userId: string): boolean {
  return state.roles.facilitators.includes(userId);
}

/** Whether a facilitator takes part in the meeting now: one joined and the mode is not `absent` (LIFE-7). */
export function facilitatorPresent(state: MeetingState): boolean {
  return state.facilitatorMode !== 'absent' && state.roles.facilitators.some((f) => isParticipant(state, f));
}

/** Who sees the facilitator prompts: facilitators, and the chair when no facilitator is there (VIS-5, LIFE-7). */
export function seesPrompts(state: MeetingState, userId: string): boolean {
  // A practice meeting shows everyone how a facilitator thinks (PRACTICE-1).
  if (state.practice) return true;
  return isFacilitator(state, userId) || (state.roles.chair === userId && !facilitatorPresent(state));
}

/** Whether the user only observes (observers give process feedback only). */
export function isObserver(state: MeetingState, userId: string): boolean {
  return state.roles.observers.includes(userId);
}

/** Where the case-giver is in the running step. */
export function placementNow(state: MeetingState) {
  return activeRules(state)?.caseGiverPlacement ?? 'inCircle';
}

/** Whether this user is a case-giver who may not contribute in the running step (listens, turned away, out). */
export function caseGiverSilenced(state: MeetingState, userId: string): boolean {
  return isCaseGiver(state, userId) && placementNow(state) !== 'inCircle';
}

/** Whether the rules let this user contribute at all in a phase, turns aside (in join order for rounds). */
export function eligible(state: MeetingState, rules: PhaseRules, userId: string): boolean {
  if (!isParticipant(state, userId) || isObserver(state, userId)) return false;
  // A facilitator in the background takes no turn in the method's phases (LIFE-7).
  if (rules.id !== OPENING_PHASE_ID && state.facilitatorMode === 'background' && isFacilitator(state, userId))
    return false;
  const caseGiver = isCaseGiver(state, userId);
  if (caseGiver && rules.caseGiverPlacement !== 'inCircle') return false;
  const who = {
    caseGiver: caseGiver,
    helpers: !caseGiver,
    all: true,
    stickHolder: true,
    nobody: false,
  } as const;
  return who[rules.contributors];
}

/** Why this user may not add a contribution right now, or null when they may (kind aside). */
export function contributionCheck(state: MeetingState, userId: string): RejectionCode | null {
  const rules = activeRules(state);
  if (!rules) return 'wrong_stage';
  if (!isParticipant(state, userId)) return 'not_participant';
  if (isObserver(state, userId)) return 'observer_listens_only';
  if (caseGiverSilenced(state, userId)) return 'case_giver_listens_only';
  if (!eligible(state, rules, userId)) return 'may_not_contribute';
  if (state.turn && (rules.turns === 'round' || rules.turns === 'stick')) {
    // Who has the floor out of turn speaks instead of the holder (LIFE-6).
    if ((state.turn.floor ?? state.turn.order[state.turn.index]) !== userId) return 'not_your_turn';
  }
  return null;
}

/**
 * How much of one contribution a user may see: everything, the text without the author, a placeholder
 * (private writing), a placeholder of what the chair hid, or nothing.
 */
export type Visibility = 'full' | 'anonymous' | 'hidden' | 'removed' | 'dropped';

/** VIS rules for one contribution and one viewer (docs/MEETING-RULES.md VIS-1…VIS-4). */
export function visibilityOf(state: MeetingState, c: Contribution, userId: string): Visibility {
  if (c.authorId === userId) return 'full';
  const running = isRunning(state, c.phaseId);
  const placement = running ? placementNow(state) : 'inCircle';
  const givesCase = isCaseGiver(state, userId);
  if (givesCase && placement === 'absent') return 'dropped';
  if (c.hidden === true) return 'removed';
  if (c.private && !c.revealed) return 'hidden';
  if (givesCase && placement === 'turnedAway') return 'anonymous';
  // Private writing of a phase that reveals without names stays without them (LIFE-8).
  if (c.private && phaseById(state, c.phaseId)?.anonymous === true) return 'anonymous';
  return 'full';
}

/**
 * Whether weights are private now (VIS-10): the running phase weighs alone first (individual turns) and
 * the chair has not revealed it yet. Each weigher then sees only their own weights.
 */
export function weightsHidden(state: MeetingState): boolean {
  const phase = currentPhase(state);
  return (
    phase?.weighForces === true && phase.turns === 'individual' && !state.revealedPhaseIds.includes(phase.id)
  );
}

/** A contribution's weights as one viewer may see them: while private, others' weights show as 0 (given, value hidden). */
export function weightsFor(state: MeetingState, c: Contribution, userId: string): Record<string, number> {
  if (c.kind !== 'force' || !weightsHidden(state)) return c.weights;
  const entries = Object.entries(c.weights);
  if (entries.every(([who]) => who === userId)) return c.weights;
  return Object.fromEntries(entries.map(([who, w]) => [who, who === userId ? w : 0]));
}

/** Whether the case-giver is out of the room for this (running) phase id: they get nothing of it. */
export function outOfRoom(state: MeetingState, userId: string, phaseId: string | null): boolean {
  return (
    phaseId !== null &&
    isCaseGiver(state, userId) &&
    isRunning(state, phaseId) &&
    placementNow(state) === 'absent'
  );
}
