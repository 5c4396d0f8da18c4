import { describe, expect, it } from 'vitest';
import { troika } from '../methods/troika';
import { caseState, discussedCases } from './cases';
import { endedViewFor } from './ended-view';
import { caseGiver, chair, helper1, helper2, Sim } from './test-support';
import type { MeetingSetup } from './types';
import { projectEvent, viewFor } from './visibility';

const brought = (caseId: string, authorId: string) => ({
  caseId,
  authorId,
  title: `Casus ${caseId}`,
  question: `Hoe kan ik ${caseId} oplossen?`,
});

/** Chair, case-giver and two helpers in a meeting with two cases brought in ahead (cg's and h1's). */
function twoCases(setup: Partial<MeetingSetup> = {}) {
  const sim = new Sim({
    cases: [brought('c-1', caseGiver.userId), brought('c-2', helper1.userId)],
    ...setup,
  });
  for (const a of [chair, caseGiver, helper1, helper2]) sim.ok(a, { type: 'join' });
  sim.ok(chair, { type: 'openStage', stage: 'inventory' });
  sim.ok(chair, { type: 'chooseCase', pitchId: 'case-c-1' });
  return sim;
}

/** The first case run through its first phase up to a recorded decision, in the decision stage. */
function firstCaseDecided() {
  const sim = twoCases();
  sim.ok(chair, { type: 'startPhase', phaseId: 'intro' });
  sim.ok(caseGiver, { type: 'contribute', kind: 'note', text: 'Wat er gebeurde' });
  sim.ok(chair, { type: 'openStage', stage: 'decision' });
  sim.ok(caseGiver, { type: 'recordDecision', text: 'Ik spreek de teams apart', actions: [] });
  return sim;
}

describe('several cases in one meeting', () => {
  it('CASES-1: the chair starts the next case only after the decision, from the decision on', () => {
    const sim = twoCases();
    sim.ok(chair, { type: 'openStage', stage: 'decision' });
    expect(sim.refused(chair, { type: 'startNextCase' })).toBe('no_decision');
    sim.ok(caseGiver, { type: 'recordDecision', text: 'Besluit', actions: [] });
    sim.ok(chair, { type: 'openStage', stage: 'casting' });
    expect(sim.refused(chair, { type: 'startNextCase' })).toBe('wrong_stage');
    sim.ok(chair, { type: 'openStage', stage: 'evaluation' });
    expect(sim.refused(helper1, { type: 'startNextCase' })).toBe('not_chair');
    const events = sim.ok(chair, { type: 'startNextCase' });
    expect(events.map((e) => e.type)).toEqual(['nextCaseStarted', 'stageOpened']);
    expect(events[0]).toMatchObject({ number: 2, firstPhase: 0 });
  });

  it('CASES-2: the finished case is kept whole and the next one starts with nothing of its own', () => {
    const sim = firstCaseDecided();
    sim.ok(chair, { type: 'startNextCase' });
    const [first] = sim.state.earlierCases!;
    expect(first).toMatchObject({
      caseGiver: 'cg',
      chosenPitchId: 'case-c-1',
      caseQuestion: 'Hoe kan ik c-1 oplossen?',
      decision: { text: 'Ik spreek de teams apart' },
    });
    expect(first!.contributions.map((c) => c.text)).toEqual(['Wat er gebeurde']);
    expect(sim.state).toMatchObject({
      stage: 'inventory',
      roles: { chair: 'chair', caseGiver: null },
      contributions: [],
      decision: null,
      caseQuestion: null,
      chosenPitchId: null,
      phaseIndex: null,
    });
    // The method stays as the default and may still be replaced (PHASE-5).
    expect(sim.state.method?.id).toBe('test-everything');
    sim.ok(chair, { type: 'chooseMethod', method: troika });
  });

  it('CASES-3: a new case begins at the inventory; it never goes back to the opening', () => {
    const sim = firstCaseDecided();
    sim.ok(chair, { type: 'startNextCase' });
    expect(sim.refused(chair, { type: 'goBack' })).toBe('invalid_phase');
    sim.ok(chair, { type: 'chooseCase', pitchId: 'case-c-2' });
    sim.ok(chair, { type: 'advancePhase' });
    expect(sim.state.stage).toBe('casting');
    sim.ok(chair, { type: 'advancePhase' });
    expect(sim.state).toMatchObject({ stage: 'phase', phaseIndex: 0 });
    expect(sim.state.roles.caseGiver).toBe('h1');
  });

  it('CASES-3: Troika gives the next case the next round, and the earlier round is not part of it', () => {
    const sim = twoCases({ method: troika });
    sim.ok(chair, { type: 'startPhase', phaseId: 'round-1-harvest' });
    sim.ok(caseGiver, { type: 'recordDecision', text: 'Ik probeer het eerste idee', actions: [] });
    const [started] = sim.ok(chair, { type: 'startNextCase' });
    expect(started).toMatchObject({ type: 'nextCaseStarted', firstPhase: 4 });
    expect(sim.refused(chair, { type: 'startPhase', phaseId: 'round-1-share' })).toBe('invalid_phase');
    sim.ok(chair, { type: 'chooseCase', pitchId: 'case-c-2' });
    sim.ok(chair, { type: 'advancePhase' });
    sim.ok(chair, { type: 'advancePhase' });
    expect(sim.state.method!.phases[sim.state.phaseIndex!]!.id).toBe('round-2-share');
    sim.ok(chair, { type: 'startPhase', phaseId: 'round-2-harvest' });
    sim.ok(helper1, { type: 'recordDecision', text: 'Ik vraag hulp', actions: [] });
    // After round 2 another round follows: the third case would take round 3.
    expect(sim.ok(chair, { type: 'startNextCase' })[0]).toMatchObject({ number: 3, firstPhase: 8 });
  });

  it('CASES-4: a pitch chosen for an earlier case cannot be chosen or voted for again; both are discussed', () => {
    const sim = firstCaseDecided();
    sim.ok(chair, { type: 'startNextCase' });
    expect(sim.refused(chair, { type: 'chooseCase', pitchId: 'case-c-1' })).toBe('no_such_pitch');
    expect(sim.refused(helper2, { type: 'vote', pitchId: 'case-c-1' })).toBe('no_such_pitch');
    sim.ok(helper2, { type: 'vote', pitchId: 'case-c-2' });
    sim.ok(chair, { type: 'chooseCase', pitchId: 'case-c-2' });
    expect(discussedCases(sim.state)).toEqual(['c-1', 'c-2']);
  });

  it('CASES-5: the evaluation is asked once, after the last case, and each case-giver says they felt heard', () => {
    const sim = firstCaseDecided();
    sim.ok(chair, { type: 'startNextCase' });
    sim.ok(chair, { type: 'chooseCase', pitchId: 'case-c-2' });
    sim.ok(chair, { type: 'openStage', stage: 'decision' });
    sim.ok(helper1, { type: 'recordDecision', text: 'Tweede besluit', actions: [] });
    sim.ok(chair, { type: 'advancePhase' });
    expect(sim.state.stage).toBe('evaluation');
    const scores = { perspectives: 4, method: 4, cooperation: 5 };
    sim.ok(caseGiver, { type: 'giveEvaluation', heard: 5, ...scores });
    sim.ok(helper1, { type: 'giveEvaluation', heard: 3, ...scores });
    expect(sim.refused(helper2, { type: 'giveEvaluation', heard: 4, ...scores })).toBe('not_case_giver');
    expect(sim.state.evaluations.map((e) => [e.userId, e.heard])).toEqual([
      ['cg', 5],
      ['h1', 3],
    ]);
  });

  it('CASES-6: an earlier case is seen as ended, with what the chair hid still hidden; everyone resyncs', () => {
    const sim = firstCaseDecided();
    const hiddenId = sim.state.contributions[0]!.id;
    sim.ok(chair, { type: 'hideContribution', contributionId: hiddenId });
    const before = sim.state;
    const [started] = sim.ok(chair, { type: 'startNextCase' });
    const stored = sim.log.find((e) => e.type === 'nextCaseStarted')!;
    expect(started!.type).toBe('nextCaseStarted');
    expect(projectEvent(before, sim.state, stored, helper2.userId)).toBe('resync');
    const [seenByHelper] = viewFor(sim.state, helper2.userId).earlierCases!;
    expect(seenByHelper!.contributions[0]).toMatchObject({ redaction: 'removed', text: '' });
    const [seenByAuthor] = viewFor(sim.state, caseGiver.userId).earlierCases!;
    expect(seenByAuthor!.contributions[0]).toMatchObject({ text: 'Wat er gebeurde', hidden: true });
    expect(caseState(sim.state, 1)!.roles.caseGiver).toBe('cg');
    expect(caseState(sim.state, 3)).toBeNull();
  });

  it('CASES-7: after the end each case-giver keeps their own case whole and reads the other as shared', () => {
    const sim = firstCaseDecided();
    sim.ok(chair, { type: 'startNextCase' });
    sim.ok(chair, { type: 'chooseCase', pitchId: 'case-c-2' });
    sim.ok(chair, { type: 'startPhase', phaseId: 'intro' });
    sim.ok(helper1, { type: 'contribute', kind: 'note', text: 'Mijn verhaal' });
    sim.ok(chair, { type: 'openStage', stage: 'decision' });
    sim.ok(helper1, { type: 'recordDecision', text: 'Tweede besluit', actions: [] });
    sim.ok(chair, { type: 'endMeeting' });
    const first = endedViewFor(sim.state, sim.log, caseGiver.userId, 'summary');
    expect(first.earlierCases![0]!.contributions.map((c) => c.text)).toEqual(['Wat er gebeurde']);
    expect(first.contributions).toEqual([]);
    expect(first.decision).toBeNull();
    const second = endedViewFor(sim.state, sim.log, helper1.userId, 'summary');
    expect(second.earlierCases![0]).toMatchObject({ contributions: [], decision: null, caseQuestion: null });
    expect(second.contributions.map((c) => c.text)).toEqual(['Mijn verhaal']);
    expect(second.decision?.text).toBe('Tweede besluit');
    const neither = endedViewFor(sim.state, sim.log, helper2.userId, 'everything');
    expect(neither.earlierCases![0]!.decision?.text).toBe('Ik spreek de teams apart');
    expect(neither.decision?.text).toBe('Tweede besluit');
    expect(neither.flags).toEqual([]);
  });
});
