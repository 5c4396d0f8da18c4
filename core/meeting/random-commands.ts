import { methods } from '../methods/index';
import { CONTRIBUTION_KINDS, DILTS_LEVELS, TGI_FACTORS } from '../methods/schema';
import {
  ASSIGNABLE_ROLES,
  type EngineCommandInput,
  FACILITATOR_MODES,
  FLAG_REASONS,
  OPENABLE_STAGES,
  type RecordableCommand,
  TAGS,
  TALK_MODES,
} from './commands';
import { activeRules, eligible } from './rules';
import { caseGiver, chair, facilitator, guest, helper1, helper2, observer, testMethod } from './test-support';
import type { Actor, MeetingState } from './types';

/** Random-command templates for the property tests: each fills a command from the current state. */
export const stranger: Actor = { userId: 'stranger', name: 'Stranger' };
export const ACTORS = [chair, caseGiver, helper1, helper2, facilitator, observer, guest, stranger];
export const LIBRARY = [testMethod(), ...methods];

export type Step = { actor: number; pick: number; a: number; b: number; dt: number };
export type Ctx = { state: MeetingState; a: number; b: number; text: () => string };
/** A command and, when it matters, who would normally send it (the step may still pick someone at random). */
export type Made = { command: EngineCommandInput; by?: Actor | 'chair' | undefined };

export const at = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
export const phaseIds = (s: MeetingState) => s.method?.phases.map((p) => p.id) ?? ['none'];
export const byId = (userId: string | null | undefined) => ACTORS.find((a) => a.userId === userId);
/** Mostly an existing contribution id, sometimes one that may not exist. */
const cid = (s: MeetingState, a: number) =>
  s.contributions.length && a % 5 ? at(s.contributions, a).id : `c${(a % 24) + 1}`;
const byChair = (command: EngineCommandInput): Made => ({ command, by: 'chair' });
const byCaseGiver = (s: MeetingState, command: EngineCommandInput): Made => ({
  command,
  by: byId(s.roles.caseGiver),
});

/** Command templates; steps pick one and fill it from the current state so that many are accepted. */
export const TEMPLATES: ((c: Ctx) => Made)[] = [
  () => ({ command: { type: 'join' } }),
  () => ({ command: { type: 'leave' } }),
  () => byChair({ type: 'admitGuest', userId: guest.userId, name: guest.name }),
  () => byChair({ type: 'refuseGuest', userId: guest.userId }),
  ({ a, b }) => byChair({ type: 'assignRole', role: at(ASSIGNABLE_ROLES, a), userId: at(ACTORS, b).userId }),
  ({ a, b }) => byChair({ type: 'assignRole', role: 'caseGiver', userId: at(ACTORS, a + b).userId }),
  ({ a, b }) =>
    byChair({
      type: 'unassignRole',
      role: at(['caseGiver', 'coCaseGiver', 'timekeeper', 'scribe', 'facilitator', 'observer'] as const, a),
      userId: at(ACTORS, b).userId,
    }),
  ({ a }) => byChair({ type: 'chooseMethod', method: at(LIBRARY, a) }),
  ({ a, b }) =>
    byChair({ type: 'openStage', stage: at(OPENABLE_STAGES, a), ...(b % 2 ? { minutes: (b % 9) + 1 } : {}) }),
  ({ state, a, b }) =>
    byChair(b % 3 ? { type: 'startPhase', phaseId: at(phaseIds(state), a) } : { type: 'startPhase' }),
  () => byChair({ type: 'advancePhase' }),
  () => byChair({ type: 'advancePhase' }),
  () => byChair({ type: 'goBack' }),
  ({ state, a }) => byChair({ type: 'skipPhase', phaseId: at(phaseIds(state), a) }),
  ({ state, a }) => ({
    command: { type: 'extendTimebox', minutes: ((a % 10) + 1) / 2 },
    by: byId(state.roles.timekeeper) ?? 'chair',
  }),
  () => byChair({ type: 'reveal' }),
  ({ a }) => ({ command: { type: 'markReady', ready: a % 2 === 0 } }),
  ({ a }) => byChair(a % 16 === 0 ? { type: 'endMeeting' } : { type: 'advancePhase' }),
  ({ text }) => ({ command: { type: 'pitchCase', text: text() } }),
  ({ a }) => ({ command: { type: 'vote', pitchId: a % 4 === 0 ? null : `p${a % 6}` } }),
  ({ a }) => byChair({ type: 'chooseCase', pitchId: `p${a % 6}` }),
  ({ state, text }) => byCaseGiver(state, { type: 'setCaseQuestion', text: text() }),
  ...Array.from({ length: 14 }, () => contribute),
  ({ a }) => byChair({ type: 'setTalkMode', mode: at(TALK_MODES, a) }),
  ...Array.from({ length: 4 }, () => recordFor),
  ({ state, a, b, text }) => {
    const c = state.contributions.find((x) => x.id === cid(state, a));
    const command: EngineCommandInput = {
      type: 'editContribution',
      contributionId: cid(state, a),
      text: text(),
      ...(b % 3 === 0 ? { force: { direction: 'driving' as const } } : {}),
    };
    return { command, by: byId(c?.authorId) };
  },
  ({ state, a }) => {
    const id = cid(state, a);
    return {
      command: { type: 'withdrawContribution', contributionId: id },
      by: byId(state.contributions.find((c) => c.id === id)?.authorId),
    };
  },
  ({ state }) => ({ command: { type: 'passTurn' }, by: byId(state.turn?.order[state.turn.index]) }),
  ({ state }) => ({ command: { type: 'passTurn' }, by: byId(state.turn?.order[state.turn.index]) }),
  ({ state, b }) => ({
    command: { type: 'passStick', to: at(ACTORS, b).userId },
    by: byId(state.turn?.order[state.turn.index]),
  }),
  ({ state, a, text }) =>
    byCaseGiver(state, { type: 'answerQuestion', contributionId: cid(state, a), text: text() }),
  ({ state, a, b }) =>
    byCaseGiver(state, { type: 'rateContribution', contributionId: cid(state, a), rating: (b % 5) + 1 }),
  ({ state, a, b }) =>
    byCaseGiver(state, { type: 'chooseContribution', contributionId: cid(state, a), chosen: b % 4 !== 0 }),
  ({ state, a, b }) => ({
    command: { type: 'weighForce', contributionId: cid(state, a), weight: (b % 10) + 1 },
  }),
  ({ state, a, b }) => ({ command: { type: 'tagLevel', contributionId: cid(state, a), tag: at(TAGS, b) } }),
  // Sorting forces (FORCE-1 … FORCE-4)
  ({ state, a, b }) =>
    byChair({ type: 'mergeForce', contributionId: cid(state, a), into: b % 4 === 0 ? null : cid(state, b) }),
  ({ state, a, b }) =>
    byChair({ type: 'setForceReach', contributionId: cid(state, a), inReach: b % 2 === 0 }),
  ({ a, text }) => ({ command: { type: 'raiseFlag', reason: at(FLAG_REASONS, a), text: text() } }),
  ({ a }) => byChair({ type: 'resolveFlag', flagId: `f${a % 24}` }),
  ({ state, a, b, text }) =>
    byCaseGiver(state, {
      type: 'recordDecision',
      text: text(),
      actions: [{ text: text(), ...(b % 2 ? { ownerId: at(ACTORS, a).userId } : {}) }],
    }),
  ({ a, b }) => ({
    command: {
      type: 'giveEvaluation',
      perspectives: (a % 5) + 1,
      method: (b % 5) + 1,
      cooperation: 3,
      ...(b % 2 ? { heard: 4 } : {}),
    },
  }),
  ({ a, text }) => ({ command: { type: 'learningPoint', text: text(), shared: a % 3 === 0 } }),
  ({ state, a, b }) => {
    const point = state.learningPoints.length ? at(state.learningPoints, a) : null;
    return {
      command: {
        type: 'shareLearningPoint',
        learningPointId: point?.id ?? `l${a % 24}`,
        shared: b % 2 === 0,
      },
      by: byId(point?.authorId),
    };
  },
  // Real life (LIFE-2 … LIFE-7)
  ({ a }) => ({ command: { type: 'takeChair' }, by: a % 2 ? facilitator : { ...helper1, groupAdmin: true } }),
  () => byChair({ type: 'pauseClock' }),
  () => byChair({ type: 'resumeClock' }),
  ({ state, a }) =>
    byChair({
      type: 'undoSkip',
      phaseId: at(state.skippedPhaseIds.length ? state.skippedPhaseIds : phaseIds(state), a),
    }),
  ({ state, a, b }) =>
    byChair({ type: 'hideContribution', contributionId: cid(state, a), hidden: b % 3 !== 0 }),
  ({ state, a, b }) =>
    byChair({
      type: 'giveFloor',
      userId:
        b % 4 === 0 ? null : at(state.turn?.order.length ? state.turn.order : ACTORS.map((x) => x.userId), a),
    }),
  ({ a }) => ({
    command: { type: 'setFacilitatorMode', mode: at(FACILITATOR_MODES, a) },
    by: a % 2 ? facilitator : 'chair',
  }),
  // Several cases (CASES-1): accepted only after a decision, so views of earlier cases get checked too.
  () => byChair({ type: 'startNextCase' }),
];

/** A contribution that usually fits the running phase: an allowed kind, a fitting tag, a force direction. */
function contribute({ state, a, b, text }: Ctx): Made {
  const rules = activeRules(state);
  // Outside a phase, half of the would-be contributions nudge the chair into one.
  if (!rules && a % 2) return byChair({ type: 'startPhase', phaseId: at(phaseIds(state), b) });
  const kind = rules?.contributionKinds.length ? at(rules.contributionKinds, a) : at(CONTRIBUTION_KINDS, a);
  const tags =
    rules?.tagging === 'diltsLevel' ? DILTS_LEVELS : rules?.tagging === 'tgiFactor' ? TGI_FACTORS : [];
  const holder = state.turn?.order[state.turn.index];
  const allowed = rules ? state.participants.filter((p) => eligible(state, rules, p.userId)) : [];
  const by = byId(holder) ?? (allowed.length ? byId(at(allowed, b).userId) : undefined);
  const command: EngineCommandInput = {
    type: 'contribute',
    kind,
    text: text(),
    ...(tags.length && b % 2 ? { tag: at(tags, b) } : {}),
    ...(kind === 'force'
      ? { force: { direction: b % 2 ? 'driving' : 'restraining', inReach: b % 3 > 0 } }
      : {}),
  };
  return { command, by };
}

/** The scribe (or the chair) notes what the would-be contributor says (TALK-2). */
function recordFor(ctx: Ctx): Made {
  const { command, by } = contribute(ctx);
  if (command.type !== 'contribute' || !by || by === 'chair') return { command, by };
  const speakerId = ctx.b % 4 ? by.userId : at(ACTORS, ctx.a).userId;
  return {
    command: { type: 'record', speakerId, command: command as RecordableCommand },
    by: byId(ctx.state.roles.scribe) ?? 'chair',
  };
}
