import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tick } from './decide';
import { evolve, replay } from './evolve';
import { ACTORS, at, byId, LIBRARY, phaseIds, type Step, TEMPLATES } from './random-commands';
import { activeRules } from './rules';
import { initialState } from './state';
import { caseGiver, chair, facilitator, helper1, helper2, observer, Sim } from './test-support';
import type { MeetingState, MeetingView, StoredEvent } from './types';
import { projectEvent, viewFor, viewKey } from './visibility';

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
      // VIS-9: whoever shares a view key shares the view.
      const byKey = new Map<string, MeetingView>();
      for (const u of users) {
        const key = viewKey(next, u);
        const view = views.get(u)!;
        const other = byKey.get(key) ?? view;
        expect(comparable(view), `view of ${u} differs from another with key ${key}`).toBe(comparable(other));
        expect(view.method).toBe(other.method);
        byKey.set(key, view);
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
  it('ROLE-1, ROLE-2, ROLE-3, VIS-1, VIS-2, VIS-8, VIS-9, IDEM-3, TIME-2: invariants hold after every command', () => {
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
