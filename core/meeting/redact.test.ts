import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replay } from './evolve';
import { ACTORS, at, byId, LIBRARY, type Step, TEMPLATES } from './random-commands';
import { redactEvent, redactState } from './redact';
import { initialState } from './state';
import { caseGiver, chair, helper1, helper2, Sim } from './test-support';
import { viewFor } from './visibility';

const steps = fc.array(
  fc.record({
    actor: fc.nat(ACTORS.length - 1),
    pick: fc.nat(TEMPLATES.length - 1),
    a: fc.nat(1000),
    b: fc.nat(1000),
    dt: fc.nat(180_000),
  }),
  { maxLength: 80, size: 'max' },
);

/** A random meeting: everyone seated, then random commands (many refused, as in properties.test.ts). */
function randomMeeting(methodIndex: number, list: Step[]) {
  const sim = new Sim({ method: at(LIBRARY, methodIndex) });
  for (const a of [chair, caseGiver, helper1, helper2]) sim.run(a, { type: 'join' });
  sim.run(chair, { type: 'assignRole', role: 'caseGiver', userId: caseGiver.userId });
  let n = 0;
  for (const step of list) {
    sim.wait(step.dt);
    const made = at(
      TEMPLATES,
      step.pick,
    )({
      state: sim.state,
      a: step.a,
      b: step.b,
      text: () => `geheim${++n}x`,
    });
    const by = made.by === 'chair' ? byId(sim.state.roles.chair) : made.by;
    sim.run(by && step.actor % 4 ? by : at(ACTORS, step.actor), made.command);
  }
  return sim;
}

describe('redacted meeting logs (LOG-8)', () => {
  it('LOG-8: a redacted log replays to the same meeting with every written text empty; seq, type and counts stay', () => {
    fc.assert(
      fc.property(fc.nat(LIBRARY.length - 1), steps, (methodIndex, list) => {
        const sim = randomMeeting(methodIndex, list);
        // As stored: through JSON, then redacted row by row.
        const redacted = (JSON.parse(JSON.stringify(sim.log)) as typeof sim.log).map(redactEvent);
        expect(redacted.map((e) => [e.seq, e.type])).toEqual(sim.log.map((e) => [e.seq, e.type]));
        const state = replay(initialState(sim.setup), redacted);
        expect(state).toEqual(redactState(sim.state));
        expect(state.contributions).toHaveLength(sim.state.contributions.length);
        expect(state.evaluations.map((e) => e.heard)).toEqual(sim.state.evaluations.map((e) => e.heard));
        // Nothing anyone wrote is left in the log or in anyone's view of it.
        const json = JSON.stringify([redacted, ...ACTORS.map((a) => viewFor(state, a.userId))]);
        expect(json).not.toMatch(/geheim\d+x/);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
