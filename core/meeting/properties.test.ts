import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { methods } from '../methods/index';
import { CONTRIBUTION_KINDS, DILTS_LEVELS, TGI_FACTORS } from '../methods/schema';
import { ASSIGNABLE_ROLES, type CommandInput, FLAG_REASONS, OPENABLE_STAGES, TAGS } from './commands';
import { tick } from './decide';
import { evolve, replay } from './evolve';
import { activeRules, eligible } from './rules';
import { initialState } from './state';
import {
  caseGiver,
  chair,
  facilitator,
  guest,
  helper1,
  helper2,
  observer,
  Sim,
  testMethod,
} from './test-support';
import type { Actor, MeetingState, MeetingView, StoredEvent } from './types';
import { projectEvent, viewFor } from './visibility';

const stranger: Actor = { userId: 'stranger', name: 'Stranger' };
const ACTORS = [chair, caseGiver, helper1, helper2, facilitator, observer, guest, stranger];
const LIBRARY = [testMethod(), ...methods];

type Step = { actor: number; pick: number; a: number; b: number; dt: number };
type Ctx = { state: MeetingState; a: number; b: number; text: () => string };
/** A command and, when it matters, who would normally send it (the step may still pick someone at random). */
type Made = { command: CommandInput; by?: Actor | 'chair' | undefined };

const at = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
const phaseIds = (s: MeetingState) => s.method?.phases.map((p) => p.id) ?? ['none'];
const byId = (userId: string | null | undefined) => ACTORS.find((a) => a.userId === userId);
/** Mostly an existing contribution id, sometimes one that may not exist. */
const cid = (s: MeetingState, a: number) =>
  s.contributions.length && a % 5 ? at(s.contributions, a).id : `c${(a % 24) + 1}`;
const byChair = (command: CommandInput): Made => ({ command, by: 'chair' });
const byCaseGiver = (s: MeetingState, command: CommandInput): Made => ({
  command,
  by: byId(s.roles.caseGiver),
});

/** Command templates; steps pick one and fill it from the current state so that many are accepted. */
const TEMPLATES: ((c: Ctx) => Made)[] = [
  () => ({ command: { type: 'join' } }),
  () => ({ command: { type: 'leave' } }),
  () => byChair({ type: 'admitGuest', userId: guest.userId, name: guest.name }),
  () => byChair({ type: 'refuseGuest', userId: guest.userId }),
  ({ a, b }) => byChair({ type: 'assignRole', role: at(ASSIGNABLE_ROLES, a), userId: at(ACTORS, b).userId }),
  ({ a, b }) => byChair({ type: 'assignRole', role: 'caseGiver', userId: at(ACTORS, a + b).userId }),
  ({ a, b }) =>
    byChair({
      type: 'unassignRole',
      role: at(['caseGiver', 'timekeeper', 'scribe', 'facilitator', 'observer'] as const, a),
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
  ({ state, a, b, text }) => {
    const c = state.contributions.find((x) => x.id === cid(state, a));
    const command: CommandInput = {
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
  ({ state, a, b }) => ({
    command: { type: 'weighForce', contributionId: cid(state, a), weight: (b % 10) + 1 },
  }),
  ({ state, a, b }) => ({ command: { type: 'tagLevel', contributionId: cid(state, a), tag: at(TAGS, b) } }),
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
  const command: CommandInput = {
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

/** Texts that the viewer may not see, restated from the rules (not from visibility.ts). */
function hiddenTexts(state: MeetingState, userId: string): string[] {
  const rules = activeRules(state);
  const absent = rules?.caseGiverPlacement === 'absent' && state.roles.caseGiver === userId;
  return state.contributions
    .filter((c) => c.authorId !== userId)
    .filter((c) => (c.private && !c.revealed) || (absent && c.phaseId === rules!.id))
    .map((c) => c.text);
}

/** A view without its method (compared by reference: the redacted copy is cached) and without nextId. */
const comparable = (view: MeetingView) => JSON.stringify({ ...view, nextId: 0, method: null });

const scenario = fc.record({
  methodIndex: fc.nat(LIBRARY.length - 1),
  seated: fc.nat(4).map((n) => n > 0),
  autoAdvance: fc.boolean(),
  steps: fc.array(
    fc.record({
      actor: fc.nat(ACTORS.length - 1),
      pick: fc.nat(TEMPLATES.length - 1),
      a: fc.nat(1000),
      b: fc.nat(1000),
      dt: fc.nat(180_000),
    }),
    { maxLength: 60, size: 'max' },
  ),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** Runs a scenario, checking the invariants after every command; returns the simulation. */
function run({ methodIndex, seated, autoAdvance, steps }: Scenario, checkViews = true) {
  const sim = new Sim({
    method: at(LIBRARY, methodIndex),
    autoAdvance,
    facilitatorUserIds: [facilitator.userId],
  });
  let n = 0;
  const text = () => `secret${++n}x`;
  const users = ACTORS.map((a) => a.userId);
  const views = new Map(users.map((u) => [u, viewFor(sim.state, u)]));

  /** Projects stored events to every recipient and checks the VIS invariants on the way. */
  const deliver = (before: MeetingState, stored: StoredEvent[]) => {
    if (!checkViews) return;
    let s = before;
    for (const e of stored) {
      const next = evolve(s, e);
      for (const u of users) {
        const hidden = hiddenTexts(next, u);
        const p = projectEvent(s, next, e, u);
        if (p !== null && p !== 'resync') {
          const json = JSON.stringify(p);
          for (const t of hidden) expect(json, `event ${e.type} leaks to ${u}`).not.toContain(t);
        }
        const fresh = viewFor(next, u);
        const kept = p === 'resync' ? fresh : p === null ? views.get(u)! : evolve(views.get(u)!, p);
        const json = comparable(fresh);
        if (kept !== fresh && comparable(kept) !== json) {
          expect({ ...kept, nextId: 0 }, `view of ${u} after ${e.type}`).toEqual({ ...fresh, nextId: 0 });
        }
        expect(kept.method).toBe(fresh.method);
        for (const t of hidden) expect(json, `view of ${u} leaks`).not.toContain(t);
        views.set(u, fresh);
      }
      s = next;
    }
  };

  if (seated) {
    for (const a of [chair, caseGiver, helper1, helper2, facilitator, observer]) sim.run(a, { type: 'join' });
    sim.run(chair, { type: 'assignRole', role: 'caseGiver', userId: caseGiver.userId });
    sim.run(chair, { type: 'assignRole', role: 'observer', userId: observer.userId });
    if (methodIndex % 2)
      sim.run(chair, { type: 'startPhase', phaseId: at(phaseIds(sim.state), steps.length) });
    for (const u of users) views.set(u, viewFor(sim.state, u));
  }

  for (const step of steps as Step[]) {
    sim.wait(step.dt);
    const before = sim.state;
    const from = sim.log.length;
    const made = at(TEMPLATES, step.pick)({ state: before, a: step.a, b: step.b, text });
    const command = made.command;
    // One step in four comes from anyone at all, so refusals are exercised too.
    const by = made.by === 'chair' ? byId(before.roles.chair) : made.by;
    const actor = by && step.actor % 4 !== 0 ? by : at(ACTORS, step.actor);
    const decided = sim.run(actor, command);
    if (!decided.ok) {
      // IDEM-3: a refused command changes nothing.
      expect(sim.state).toBe(before);
      expect(sim.log.length).toBe(from);
      continue;
    }
    deliver(before, sim.log.slice(from));
    const after = sim.state;
    // ROLE-1, ROLE-2, ROLE-3
    expect(typeof after.roles.chair === 'string' && after.roles.chair.length > 0).toBe(true);
    const cg = after.roles.caseGiver;
    if (cg) {
      expect(cg).not.toBe(after.roles.chair);
      expect([
        after.roles.timekeeper,
        after.roles.scribe,
        ...after.roles.facilitators,
        ...after.roles.observers,
      ]).not.toContain(cg);
    }
    // TIME-2: extending only ever moves the deadline later, by exactly the minutes given.
    if (command.type === 'extendTimebox') {
      expect(after.deadline).toBe((before.deadline ?? sim.now) + command.minutes * 60_000);
    }
    if (after.turn && after.turn.order.length > 0)
      expect(after.turn.index).toBeLessThan(after.turn.order.length);
    // TIME-4: the clock moves a phase on only past its deadline.
    const due = tick(after, sim.now);
    if (due.length) {
      expect(after.autoAdvance && after.deadline !== null && sim.now >= after.deadline).toBe(true);
      const beforeTick = sim.state;
      deliver(beforeTick, sim.apply(due));
    }
  }
  return sim;
}

describe('properties over random meetings', () => {
  it('ROLE-1, ROLE-2, ROLE-3, VIS-1, VIS-2, VIS-8, IDEM-3, TIME-2: invariants hold after every command', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        run(s);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('IDEM-1: replaying the stored events from the initial state gives the live state', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const sim = run(s, false);
        expect(replay(initialState(sim.setup), sim.log)).toEqual(sim.state);
        // Through a JSON round trip, as the events come back from the database.
        const stored = JSON.parse(JSON.stringify(sim.log)) as StoredEvent[];
        expect(replay(initialState(sim.setup), stored)).toEqual(sim.state);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
