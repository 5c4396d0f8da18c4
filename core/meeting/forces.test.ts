import { describe, expect, it } from 'vitest';
import { getMethod } from '../methods/index';
import { topForces } from './artefacts';
import { caseGiver, chair, helper1, helper2, seated } from './test-support';
import { everyone, projectsExactly } from './test-views';
import type { Actor } from './types';
import { viewFor } from './visibility';

/** A force field with four forces written alone (c1…c4) and the weighing, which sorts them, running. */
function sorting() {
  const sim = seated({ method: getMethod('force-field')! });
  sim.ok(chair, { type: 'assignRole', role: 'scribe', userId: helper2.userId });
  sim.ok(chair, { type: 'startPhase', phaseId: 'forces' });
  const force = (who: Actor, text: string, direction: 'driving' | 'restraining') =>
    sim.ok(who, { type: 'contribute', kind: 'force', text, force: { direction } });
  force(helper1, 'No time', 'restraining');
  force(helper2, 'Too little time', 'restraining');
  force(caseGiver, 'The director wants it', 'driving');
  force(helper1, 'The budget cut of the ministry', 'restraining');
  sim.ok(chair, { type: 'advancePhase' });
  return sim;
}

describe('sorting forces before weighing', () => {
  it('FORCE-1: only the chair or the scribe sorts, only in the step that sorts the forces', () => {
    const sim = sorting();
    expect(sim.refused(helper1, { type: 'mergeForce', contributionId: 'c2', into: 'c1' })).toBe(
      'not_chair_or_scribe',
    );
    expect(sim.refused(caseGiver, { type: 'setForceReach', contributionId: 'c4', inReach: false })).toBe(
      'not_chair_or_scribe',
    );
    expect(sim.refused(chair, { type: 'mergeForce', contributionId: 'c9', into: 'c1' })).toBe(
      'no_such_contribution',
    );
    sim.ok(helper2, { type: 'mergeForce', contributionId: 'c2', into: 'c1' });
    sim.ok(chair, { type: 'advancePhase' });
    expect(sim.refused(chair, { type: 'setForceReach', contributionId: 'c4', inReach: false })).toBe(
      'sorting_not_allowed',
    );
  });

  it('FORCE-1: while the forces are still private writing the chair cannot sort what it cannot see', () => {
    const sim = seated({ method: getMethod('force-field')! });
    sim.ok(chair, { type: 'startPhase', phaseId: 'forces' });
    sim.ok(helper1, { type: 'contribute', kind: 'force', text: 'No time', force: { direction: 'driving' } });
    expect(sim.refused(chair, { type: 'setForceReach', contributionId: 'c1', inReach: false })).toBe(
      'no_such_contribution',
    );
  });

  it('FORCE-2: a duplicate merges into a force of the same direction, everyone sees it, and it can be taken back', () => {
    const sim = sorting();
    projectsExactly(sim, () => sim.ok(chair, { type: 'mergeForce', contributionId: 'c2', into: 'c1' }));
    expect(sim.log.at(-1)).toMatchObject({
      type: 'forceMerged',
      contributionId: 'c2',
      into: 'c1',
      by: 'chair',
    });
    expect(viewFor(sim.state, caseGiver.userId).contributions[1]!.mergedInto).toBe('c1');
    expect(sim.refused(chair, { type: 'mergeForce', contributionId: 'c3', into: 'c1' })).toBe(
      'invalid_force',
    );
    expect(sim.refused(chair, { type: 'mergeForce', contributionId: 'c1', into: 'c1' })).toBe(
      'invalid_force',
    );
    // Into a merged one: it goes where that one went; back round the circle is refused.
    sim.ok(chair, { type: 'mergeForce', contributionId: 'c4', into: 'c2' });
    expect(sim.state.contributions[3]!.mergedInto).toBe('c1');
    expect(sim.refused(chair, { type: 'mergeForce', contributionId: 'c1', into: 'c2' })).toBe(
      'invalid_force',
    );
    const events = sim.log.length;
    sim.ok(chair, { type: 'mergeForce', contributionId: 'c4', into: 'c1' });
    expect(sim.log).toHaveLength(events);
    projectsExactly(sim, () => sim.ok(helper2, { type: 'mergeForce', contributionId: 'c4', into: null }));
    expect(sim.state.contributions[3]!.mergedInto).toBeNull();
  });

  it('FORCE-3: a merged force is not weighed, and the last weight over the forces that remain reveals them', () => {
    const sim = sorting();
    sim.ok(chair, { type: 'mergeForce', contributionId: 'c2', into: 'c1' });
    expect(sim.refused(helper1, { type: 'weighForce', contributionId: 'c2', weight: 4 })).toBe(
      'force_merged',
    );
    for (const who of everyone)
      for (const id of ['c1', 'c3', 'c4']) sim.ok(who, { type: 'weighForce', contributionId: id, weight: 6 });
    expect(sim.log.at(-1)).toMatchObject({ type: 'privateRevealed', phaseId: 'weigh' });
  });

  it('FORCE-4: a force set aside stays on the wall, apart, and need not be weighed', () => {
    const sim = sorting();
    projectsExactly(sim, () =>
      sim.ok(chair, { type: 'setForceReach', contributionId: 'c4', inReach: false }),
    );
    expect(sim.log.at(-1)).toMatchObject({ type: 'forceReachSet', contributionId: 'c4', inReach: false });
    expect(viewFor(sim.state, helper1.userId).contributions[3]).toMatchObject({
      text: 'The budget cut of the ministry',
      force: { direction: 'restraining', inReach: false },
    });
    const events = sim.log.length;
    sim.ok(chair, { type: 'setForceReach', contributionId: 'c4', inReach: false });
    expect(sim.log).toHaveLength(events);
    for (const who of everyone)
      for (const id of ['c1', 'c2', 'c3']) sim.ok(who, { type: 'weighForce', contributionId: id, weight: 5 });
    expect(sim.log.at(-1)).toMatchObject({ type: 'privateRevealed' });
  });

  it('FORCE-5: the heaviest forces within reach and not merged go on to the actions phase, with their duplicates', () => {
    const sim = sorting();
    sim.ok(chair, { type: 'mergeForce', contributionId: 'c2', into: 'c1' });
    sim.ok(chair, { type: 'setForceReach', contributionId: 'c4', inReach: false });
    const weights: Record<string, number> = { c1: 7, c3: 4, c4: 10 };
    for (const who of everyone)
      for (const [id, weight] of Object.entries(weights))
        sim.ok(who, { type: 'weighForce', contributionId: id, weight });
    sim.ok(chair, { type: 'advancePhase' });
    const top = topForces(viewFor(sim.state, caseGiver.userId), 5);
    expect(top.map((s) => [s.contribution.text, s.mean])).toEqual([
      ['No time', 7],
      ['The director wants it', 4],
    ]);
    expect(top[0]!.merged.map((c) => c.text)).toEqual(['Too little time']);
  });
});
