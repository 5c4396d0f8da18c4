import { describe, expect, it } from 'vitest';
import { replay } from './evolve';
import { initialState } from './state';
import { caseGiver, chair, helper1, inPhase, seated } from './test-support';

describe('idempotency and replay', () => {
  it('IDEM-1: the stored events on top of the initial state give the live state', () => {
    const sim = inPhase('questions');
    sim.ok(chair, { type: 'contribute', kind: 'factualQuestion', text: 'Since when?' });
    sim.ok(caseGiver, { type: 'answerQuestion', contributionId: 'c1', text: 'Since May' });
    sim.wait(1000).ok(helper1, { type: 'passTurn' });
    expect(replay(initialState(sim.setup), sim.log)).toEqual(sim.state);
  });

  it('IDEM-2: a command that changes nothing is accepted without events', () => {
    const sim = seated();
    expect(sim.ok(helper1, { type: 'join' })).toEqual([]);
    expect(sim.ok(chair, { type: 'assignRole', role: 'caseGiver', userId: caseGiver.userId })).toEqual([]);
    expect(sim.ok(helper1, { type: 'markReady', ready: false })).toEqual([]);
    sim.ok(chair, { type: 'startPhase', phaseId: 'write' });
    expect(sim.ok(chair, { type: 'reveal' })).toEqual([]);
    sim.ok(chair, { type: 'openStage', stage: 'inventory' });
    sim.ok(helper1, { type: 'pitchCase', text: 'Case' });
    sim.ok(chair, { type: 'vote', pitchId: 'p1' });
    expect(sim.ok(chair, { type: 'vote', pitchId: 'p1' })).toEqual([]);
  });

  it('IDEM-3: a refused command leaves the state untouched', () => {
    const sim = inPhase('questions');
    const before = sim.state;
    const logged = sim.log.length;
    expect(sim.refused(helper1, { type: 'contribute', kind: 'factualQuestion', text: 'Out of turn' })).toBe(
      'not_your_turn',
    );
    expect(sim.state).toBe(before);
    expect(sim.log).toHaveLength(logged);
  });
});
