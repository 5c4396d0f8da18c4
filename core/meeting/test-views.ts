import { expect } from 'vitest';
import { evolve } from './evolve';
import { caseGiver, chair, facilitator, helper1, helper2, type Sim } from './test-support';
import type { StoredEvent } from './types';
import { projectEvent, viewFor } from './visibility';

/** The participants whose views the view tests follow. */
export const everyone = [chair, caseGiver, helper1, helper2, facilitator];

/** Runs `run` and checks that every participant's view follows from the projected events exactly (VIS-8). */
export function projectsExactly(sim: Sim, run: () => void): void {
  const before = sim.state;
  const views = everyone.map((a) => viewFor(before, a.userId));
  const from = sim.log.length;
  run();
  const events = sim.log.slice(from) as StoredEvent[];
  for (const [i, who] of everyone.entries()) {
    let view = views[i]!;
    let state = before;
    for (const e of events) {
      const after = evolve(state, e);
      const p = projectEvent(state, after, e, who.userId);
      view = p === 'resync' ? viewFor(after, who.userId) : p ? evolve(view, p) : view;
      state = after;
    }
    expect(view).toEqual(viewFor(sim.state, who.userId));
  }
}
