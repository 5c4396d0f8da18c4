import { describe, expect, it } from 'vitest';
import { tick } from './decide';
import { currentPhase, remainingMs } from './derived';
import { caseGiver, chair, helper1, inPhase, Sim, seated, testMethod } from './test-support';

const MIN = 60_000;

describe('phases and flow', () => {
  it('PHASE-1: advancing walks the frame, every phase, then decision, evaluation and summary', () => {
    const sim = seated();
    const seen: string[] = [];
    for (;;) {
      const decided = sim.run(chair, { type: 'advancePhase' });
      if (!decided.ok) {
        expect(decided.rejection.code).toBe('invalid_phase');
        break;
      }
      seen.push(currentPhase(sim.state)?.id ?? sim.state.stage);
    }
    const phases = testMethod().phases.map((p) => p.id);
    expect(seen).toEqual(['opening', 'inventory', 'casting', ...phases, 'decision', 'evaluation', 'summary']);
  });

  it('PHASE-1: leaving casting needs a method', () => {
    const sim = new Sim({ method: null });
    sim.ok(chair, { type: 'join' });
    sim.ok(chair, { type: 'openStage', stage: 'casting' });
    expect(sim.refused(chair, { type: 'advancePhase' })).toBe('no_method');
  });

  it('PHASE-2: going back from the first phase returns to casting, and the opening is the start', () => {
    const sim = inPhase('intro');
    sim.ok(chair, { type: 'goBack' });
    expect(sim.state.stage).toBe('casting');
    sim.ok(chair, { type: 'goBack' });
    sim.ok(chair, { type: 'goBack' });
    expect(sim.state.stage).toBe('opening');
    expect(sim.refused(chair, { type: 'goBack' })).toBe('invalid_phase');
  });

  it('PHASE-2: going back from the decision returns to the last phase that was not skipped', () => {
    const sim = inPhase('intro');
    sim.ok(chair, { type: 'skipPhase', phaseId: 'others' });
    sim.ok(chair, { type: 'openStage', stage: 'decision' });
    sim.ok(chair, { type: 'goBack' });
    expect(currentPhase(sim.state)?.id).toBe('self');
  });

  it('PHASE-3: startPhase jumps to a phase and un-skips it', () => {
    const sim = seated();
    sim.ok(chair, { type: 'skipPhase', phaseId: 'gossip' });
    sim.ok(chair, { type: 'startPhase', phaseId: 'gossip' });
    expect(currentPhase(sim.state)?.id).toBe('gossip');
    expect(sim.state.skippedPhaseIds).toEqual([]);
    expect(sim.refused(chair, { type: 'startPhase', phaseId: 'nope' })).toBe('invalid_phase');
  });

  it('PHASE-4: skipping the running phase moves on; a skipped phase is passed over; a past one cannot be skipped', () => {
    const sim = inPhase('intro');
    sim.ok(chair, { type: 'skipPhase', phaseId: 'write' });
    sim.ok(chair, { type: 'skipPhase', phaseId: 'intro' });
    expect(currentPhase(sim.state)?.id).toBe('questions');
    sim.ok(chair, { type: 'advancePhase' });
    expect(currentPhase(sim.state)?.id).toBe('away');
    expect(sim.refused(chair, { type: 'skipPhase', phaseId: 'questions' })).toBe('invalid_phase');
  });

  it('PHASE-5: the method is fixed once the first phase started', () => {
    const sim = seated({ method: null });
    sim.ok(chair, { type: 'chooseMethod', method: testMethod() });
    sim.ok(chair, { type: 'startPhase' });
    sim.ok(chair, { type: 'openStage', stage: 'casting' });
    expect(sim.refused(chair, { type: 'chooseMethod', method: testMethod() })).toBe('method_locked');
  });

  it('PHASE-6: after the end every command is refused, and hidden writing is revealed', () => {
    const sim = inPhase('write');
    sim.ok(helper1, { type: 'contribute', kind: 'advice', text: 'Talk to her' });
    sim.ok(chair, { type: 'endMeeting' });
    expect(sim.state.stage).toBe('ended');
    expect(sim.state.contributions[0]!.revealed).toBe(true);
    expect(sim.refused(chair, { type: 'openStage', stage: 'summary' })).toBe('meeting_ended');
    expect(sim.refused(helper1, { type: 'join' })).toBe('meeting_ended');
  });

  it('PHASE-7: pitch, vote once, and the chosen pitch makes its author case-giver', () => {
    const sim = seated();
    expect(sim.refused(helper1, { type: 'pitchCase', text: 'Too early' })).toBe('wrong_stage');
    sim.ok(chair, { type: 'openStage', stage: 'inventory' });
    sim.ok(helper1, { type: 'pitchCase', text: 'A colleague ignores me' });
    sim.ok(helper1, { type: 'pitchCase', text: 'A colleague ignores my mails' });
    expect(sim.state.pitches).toHaveLength(1);
    const pitchId = sim.state.pitches[0]!.id;
    sim.ok(caseGiver, { type: 'vote', pitchId });
    expect(sim.ok(caseGiver, { type: 'vote', pitchId })).toHaveLength(0);
    expect(sim.refused(caseGiver, { type: 'vote', pitchId: 'p999' })).toBe('no_such_pitch');
    sim.ok(chair, { type: 'chooseCase', pitchId });
    expect(sim.state.roles.caseGiver).toBe(helper1.userId);
    expect(sim.state.caseQuestion).toBe('A colleague ignores my mails');
  });

  it('PHASE-8: moving to another step clears who marked ready', () => {
    const sim = inPhase('intro');
    sim.ok(helper1, { type: 'markReady', ready: true });
    expect(sim.state.ready).toEqual([helper1.userId]);
    sim.ok(chair, { type: 'advancePhase' });
    expect(sim.state.ready).toEqual([]);
  });
});

describe('time', () => {
  it('TIME-1: a phase gets an absolute deadline of start + minutes', () => {
    const sim = seated();
    sim.ok(chair, { type: 'startPhase', phaseId: 'questions' });
    expect(sim.state.deadline).toBe(sim.now + 5 * MIN);
    sim.ok(chair, { type: 'openStage', stage: 'evaluation' });
    expect(sim.state.deadline).toBeNull();
    sim.ok(chair, { type: 'openStage', stage: 'opening', minutes: 2.5 });
    expect(sim.state.deadline).toBe(sim.now + 2.5 * MIN);
  });

  it('TIME-2: extending adds to the deadline and is recorded per phase', () => {
    const sim = inPhase('intro');
    const before = sim.state.deadline!;
    sim.wait(MIN).ok(chair, { type: 'extendTimebox', minutes: 3 });
    sim.ok(chair, { type: 'extendTimebox', minutes: 0.5 });
    expect(sim.state.deadline).toBe(before + 3.5 * MIN);
    expect(sim.state.extensions).toEqual({ intro: 3.5 * MIN });
  });

  it('TIME-3: remaining time goes negative on overrun and nothing moves by itself', () => {
    const sim = inPhase('intro');
    sim.wait(6 * MIN);
    expect(remainingMs(sim.state, sim.now)).toBe(-MIN);
    expect(tick(sim.state, sim.now)).toEqual([]);
  });

  it('TIME-4: with auto-advance on, tick moves a phase on after its deadline, not before', () => {
    const sim = inPhase('intro', { autoAdvance: true });
    expect(tick(sim.state, sim.now + 5 * MIN - 1)).toEqual([]);
    const events = tick(sim.state, sim.now + 5 * MIN);
    expect(events.map((e) => e.type)).toEqual(['phaseStarted']);
    expect(events[0]).toMatchObject({ phaseId: 'questions', deadline: sim.now + 10 * MIN });
  });
});
