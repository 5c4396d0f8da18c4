import { describe, expect, it } from 'vitest';
import { getMethod } from '../methods/index';
import { caseGiver, chair, facilitator, helper1, helper2, seated } from './test-support';
import { projectsExactly } from './test-views';
import { viewFor } from './visibility';

/** A force-field meeting with two revealed forces and the weighing running. */
function weighing() {
  const sim = seated({ method: getMethod('force-field')! });
  sim.ok(chair, { type: 'startPhase', phaseId: 'forces' });
  sim.ok(helper1, {
    type: 'contribute',
    kind: 'force',
    text: 'No time',
    force: { direction: 'restraining' },
  });
  sim.ok(helper2, {
    type: 'contribute',
    kind: 'force',
    text: 'Lead wants it',
    force: { direction: 'driving' },
  });
  sim.ok(chair, { type: 'advancePhase' });
  const ids = sim.state.contributions.map((c) => c.id) as [string, string];
  return { sim, ids };
}

describe('weighing alone first', () => {
  it('VIS-10: a weight is seen by its weigher only; the others see that it was given, not its value', () => {
    const { sim, ids } = weighing();
    projectsExactly(sim, () => sim.ok(helper1, { type: 'weighForce', contributionId: ids[0], weight: 9 }));
    expect(viewFor(sim.state, helper1.userId).contributions[0]!.weights).toEqual({ h1: 9 });
    expect(viewFor(sim.state, helper2.userId).contributions[0]!.weights).toEqual({ h1: 0 });
    expect(viewFor(sim.state, chair.userId).contributions[0]!.weights).toEqual({ h1: 0 });
  });

  it('VIS-10: the chair’s reveal shows every weight to everyone', () => {
    const { sim, ids } = weighing();
    sim.ok(helper1, { type: 'weighForce', contributionId: ids[0], weight: 9 });
    sim.ok(helper2, { type: 'weighForce', contributionId: ids[0], weight: 4 });
    projectsExactly(sim, () => sim.ok(chair, { type: 'reveal' }));
    expect(viewFor(sim.state, caseGiver.userId).contributions[0]!.weights).toEqual({ h1: 9, h2: 4 });
  });

  it('VIS-10: the last weight of the round reveals them all, without waiting for the chair', () => {
    const { sim, ids } = weighing();
    const weighers = [chair, caseGiver, helper1, helper2, facilitator];
    for (const [n, who] of weighers.entries()) {
      for (const id of ids) {
        const last = n === weighers.length - 1 && id === ids[1];
        if (last)
          projectsExactly(sim, () => sim.ok(who, { type: 'weighForce', contributionId: id, weight: 5 }));
        else sim.ok(who, { type: 'weighForce', contributionId: id, weight: 5 });
      }
    }
    expect(sim.log.at(-1)).toMatchObject({ type: 'privateRevealed', phaseId: 'weigh' });
    expect(Object.values(viewFor(sim.state, helper2.userId).contributions[1]!.weights)).toEqual([
      5, 5, 5, 5, 5,
    ]);
  });
});
