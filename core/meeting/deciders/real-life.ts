import { isCaseGiver } from '../case-givers';
import { currentPhase, isFacilitator, visibilityOf } from '../rules';
import { moveEvents } from '../steps';
import { holderOf } from '../turns';
import type { Actor, MeetingState } from '../types';
import { accept, type Deciders, reject } from './kit';

/** Steps after the method's phases: a phase skipped before them counts as passed (LIFE-4). */
const AFTER_PHASES: ReadonlySet<MeetingState['stage']> = new Set(['decision', 'evaluation', 'summary']);

function keepsTime(state: MeetingState, actor: Actor): boolean {
  return state.roles.chair === actor.userId || state.roles.timekeeper === actor.userId;
}

/** What a room needs in real life: an absent chair, a break, an undone skip, a hidden remark, the floor (LIFE-2 … LIFE-7). */
export const realLifeDeciders = {
  takeChair(state, _command, actor, now) {
    if (state.roles.chair === actor.userId) return accept();
    if (state.stage !== 'lobby') return reject('wrong_stage', 'the chair hands over after the lobby');
    if (actor.groupAdmin !== true && !isFacilitator(state, actor.userId))
      return reject('not_admin_or_facilitator');
    if (isCaseGiver(state, actor.userId)) return reject('case_giver_cannot_chair');
    return accept({ type: 'chairTaken', userId: actor.userId, from: state.roles.chair, at: now });
  },
  pauseClock(state, _command, actor, now) {
    if (!keepsTime(state, actor)) return reject('not_chair_or_timekeeper');
    if (state.stage === 'lobby') return reject('wrong_stage');
    return state.pausedAt === null ? accept({ type: 'clockPaused', at: now }) : accept();
  },
  resumeClock(state, _command, actor, now) {
    if (!keepsTime(state, actor)) return reject('not_chair_or_timekeeper');
    if (state.pausedAt === null) return accept();
    const paused = Math.max(0, now - state.pausedAt);
    const deadline = state.deadline === null ? null : state.deadline + paused;
    return accept({ type: 'clockResumed', at: now, deadline });
  },
  undoSkip(state, { phaseId }, actor, now) {
    const index = state.method?.phases.findIndex((p) => p.id === phaseId) ?? -1;
    if (index < 0 || !state.skippedPhaseIds.includes(phaseId)) return reject('invalid_phase', 'not skipped');
    const passed =
      AFTER_PHASES.has(state.stage) || (state.stage === 'phase' && index < (state.phaseIndex ?? 0));
    // A phase already passed is run again (phaseStarted takes it out of the skipped list, PHASE-3).
    if (passed) return accept(...moveEvents(state, { kind: 'phase', index }, now));
    return accept({ type: 'phaseUnskipped', phaseId, by: actor.userId });
  },
  hideContribution(state, { contributionId, hidden }, actor) {
    const c = state.contributions.find((x) => x.id === contributionId);
    const seen = c ? visibilityOf(state, c, actor.userId) : 'dropped';
    // The chair acts only on what they see, hidden by them or not (CONTRIB-5).
    if (!c || seen === 'dropped' || seen === 'hidden') return reject('no_such_contribution');
    if ((c.hidden === true) === hidden) return accept();
    return accept({ type: 'contributionHidden', contributionId, hidden, by: actor.userId });
  },
  giveFloor(state, { userId }, _actor, now) {
    const turn = currentPhase(state) ? state.turn : null;
    if (!turn) return reject('no_turns');
    const floor = turn.floor ?? null;
    // Giving the floor to the holder, or taking it back, returns it to the turn.
    if (userId === null || userId === holderOf(turn)) {
      return floor === null ? accept() : accept({ type: 'floorGiven', userId: null, at: now });
    }
    if (!turn.order.includes(userId)) return reject('no_such_participant', 'not in the turn order');
    return floor === userId ? accept() : accept({ type: 'floorGiven', userId, at: now });
  },
  setFacilitatorMode(state, { mode }, actor) {
    if (state.roles.chair !== actor.userId && !isFacilitator(state, actor.userId))
      return reject('not_chair_or_facilitator');
    return state.facilitatorMode === mode ? accept() : accept({ type: 'facilitatorModeSet', mode });
  },
} satisfies Partial<Deciders>;
