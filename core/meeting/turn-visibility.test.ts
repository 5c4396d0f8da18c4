import { describe, expect, it } from 'vitest';
import type { Method } from '../methods/schema';
import { evolve } from './evolve';
import { caseGiver, chair, helper1, helper2, seated, testMethod } from './test-support';
import type { MeetingView, ProjectedEvent, StoredEvent } from './types';
import { projectEvent, viewFor } from './visibility';

/** The test method with two rounds the case-giver does not sit in: turned away, and out of the room. */
function methodWithRounds(): Method {
  const method = testMethod();
  const questions = method.phases.find((p) => p.id === 'questions')!;
  const round = {
    ...questions,
    contributionKinds: ['hypothesis' as const],
    caseGiverAnswers: false,
    caseGiverRates: false,
  };
  return {
    ...method,
    phases: [
      ...method.phases,
      { ...round, id: 'turnedRound', caseGiverPlacement: 'turnedAway' },
      { ...round, id: 'awayRound', caseGiverPlacement: 'absent' },
    ],
  };
}

/** Runs a round of two anonymous hypotheses and returns what the case-giver received, folded and raw. */
function roundSeenByCaseGiver(phaseId: string) {
  const sim = seated({ method: methodWithRounds() });
  sim.ok(chair, { type: 'startPhase', phaseId });
  let view: MeetingView = viewFor(sim.state, caseGiver.userId);
  const received: (ProjectedEvent | 'resync' | null)[] = [];
  const from = sim.log.length;
  let state = sim.state;
  // Whoever holds the turn speaks, in the order of the round (chair, then the helpers).
  for (let i = 0; i < 3; i++) {
    const holder = [chair, helper1, helper2].find(
      (a) => a.userId === sim.state.turn!.order[sim.state.turn!.index],
    )!;
    sim.wait(30_000).ok(holder, { type: 'contribute', kind: 'hypothesis', text: `vermoeden ${i}` });
  }
  for (const event of sim.log.slice(from)) {
    const next = evolve(state, event);
    const seen = projectEvent(state, next, event, caseGiver.userId);
    received.push(seen);
    if (seen === 'resync') view = viewFor(next, caseGiver.userId);
    else if (seen) view = evolve(view, seen as StoredEvent);
    state = next;
  }
  return { sim, view, received };
}

const withoutNextId = (view: MeetingView) => ({ ...view, nextId: 0 });

describe('LOW: turns are projected like contributions (VIS-11)', () => {
  it('a turned-away case-giver sees the round without who holds the turn or how long anyone held it', () => {
    const { sim, view, received } = roundSeenByCaseGiver('turnedRound');
    expect(view.contributions.map((c) => c.authorId)).toEqual(['', '', '']);
    expect(view.turn).toBeNull();
    expect(JSON.stringify(view)).not.toMatch(/"(h1|h2)"\s*:\s*\d/);
    expect(JSON.stringify(view.turn)).not.toContain('h1');
    expect(received.filter((e) => e !== null && e !== 'resync' && e.type === 'turnMoved')).toEqual([]);
    // VIS-8 still holds: what the case-giver folded equals a fresh view.
    expect(withoutNextId(view)).toEqual(withoutNextId(viewFor(sim.state, caseGiver.userId)));
  });

  it('a case-giver out of the room receives no turnMoved, and no turn, of that round', () => {
    const { sim, view, received } = roundSeenByCaseGiver('awayRound');
    expect(received.filter((e) => e !== null)).toEqual([]);
    expect(view.turn).toBeNull();
    expect(withoutNextId(view)).toEqual(withoutNextId(viewFor(sim.state, caseGiver.userId)));
  });

  it('after the round the case-giver gets the turn history back with a fresh view', () => {
    const { sim } = roundSeenByCaseGiver('turnedRound');
    const before = sim.state;
    sim.ok(chair, { type: 'advancePhase' });
    const [first] = sim.log.slice(-1);
    expect(projectEvent(before, sim.state, first!, caseGiver.userId)).toBe('resync');
    expect(Object.keys(viewFor(sim.state, caseGiver.userId).airtime)).toContain('turnedRound');
  });
});
