import { describe, expect, it } from 'vitest';
import { balint } from '../methods/balint';
import { registerRolesOf } from '../register/roles';
import { isCaseGiver } from './case-givers';
import { endedViewFor } from './ended-view';
import {
  caseGiver,
  chair,
  facilitator,
  helper1,
  helper2,
  type Sim,
  seated,
  testMethod,
} from './test-support';
import { viewFor } from './visibility';

/** The test method, allowing two case-givers as Balint does (PAIR-1). */
const pairMethod = () => ({ ...testMethod(), caseGiverPair: true });

/** A seated meeting of a method that allows a pair, helper1 the second case-giver, in the opening. */
function paired(): Sim {
  const sim = seated({ method: pairMethod() });
  sim.ok(chair, { type: 'openStage', stage: 'casting' });
  sim.ok(chair, { type: 'assignRole', role: 'coCaseGiver', userId: helper1.userId });
  return sim;
}

describe('two case-givers (PAIR)', () => {
  it('PAIR-1: Balint allows a pair; the chair adds the second case-giver, stored as roleAssigned', () => {
    expect(balint.caseGiverPair).toBe(true);
    const sim = seated({ method: pairMethod() });
    const events = sim.ok(chair, { type: 'assignRole', role: 'coCaseGiver', userId: helper1.userId });
    expect(events).toEqual([{ type: 'roleAssigned', role: 'coCaseGiver', userId: helper1.userId }]);
    expect(sim.state.roles.coCaseGiver).toBe(helper1.userId);
    expect(isCaseGiver(sim.state, helper1.userId)).toBe(true);
    expect(isCaseGiver(viewFor(sim.state, helper2.userId), helper1.userId)).toBe(true);
    expect(isCaseGiver(sim.state, helper2.userId)).toBe(false);
  });

  it('PAIR-1: refused in a method of one case-giver, for the chair, the case-giver, without a case-giver, and by anyone but the chair', () => {
    const single = seated();
    const add = (userId: string) => ({ type: 'assignRole', role: 'coCaseGiver', userId }) as const;
    expect(single.refused(chair, add(helper1.userId))).toBe('pair_not_allowed');
    const sim = seated({ method: pairMethod() });
    expect(sim.refused(chair, add(chair.userId))).toBe('case_giver_cannot_chair');
    expect(sim.refused(chair, add(caseGiver.userId))).toBe('role_conflict');
    expect(sim.refused(helper2, add(helper1.userId))).toBe('not_chair');
    sim.ok(chair, { type: 'unassignRole', role: 'caseGiver', userId: caseGiver.userId });
    expect(sim.refused(chair, add(helper1.userId))).toBe('no_case_giver');
    expect(sim.state.roles.coCaseGiver).toBeNull();
  });

  it('PAIR-1: the pair can change until the phases start, not after', () => {
    const sim = paired();
    sim.ok(chair, { type: 'unassignRole', role: 'coCaseGiver', userId: helper1.userId });
    expect(sim.state.roles.coCaseGiver).toBeNull();
    sim.ok(chair, { type: 'assignRole', role: 'coCaseGiver', userId: helper2.userId });
    sim.ok(chair, { type: 'startPhase', phaseId: 'intro' });
    expect(sim.refused(chair, { type: 'unassignRole', role: 'coCaseGiver', userId: helper2.userId })).toBe(
      'wrong_stage',
    );
    expect(sim.refused(chair, { type: 'assignRole', role: 'coCaseGiver', userId: helper1.userId })).toBe(
      'wrong_stage',
    );
    expect(sim.state.roles.coCaseGiver).toBe(helper2.userId);
  });

  it('PAIR-2: the second case-giver is never the chair and holds no other role', () => {
    const sim = seated({ method: pairMethod() });
    sim.ok(chair, { type: 'assignRole', role: 'scribe', userId: helper1.userId });
    sim.ok(chair, { type: 'assignRole', role: 'coCaseGiver', userId: helper1.userId });
    expect(sim.state.roles.scribe).toBeNull();
    expect(sim.refused(chair, { type: 'assignRole', role: 'timekeeper', userId: helper1.userId })).toBe(
      'role_conflict',
    );
    expect(sim.refused(chair, { type: 'assignRole', role: 'chair', userId: helper1.userId })).toBe(
      'case_giver_cannot_chair',
    );
  });

  it('PAIR-2: both speak where the case-giver speaks, neither takes a helpers’ turn, both listen only where the case-giver does', () => {
    const sim = paired();
    sim.ok(chair, { type: 'startPhase', phaseId: 'intro' });
    sim.ok(caseGiver, { type: 'contribute', kind: 'note', text: 'Onze cliënt belt elke dag' });
    sim.ok(helper1, { type: 'contribute', kind: 'note', text: 'Bij mij ook, in het andere team' });
    expect(sim.refused(helper2, { type: 'contribute', kind: 'note', text: 'Ik ook?' })).toBe(
      'may_not_contribute',
    );
    sim.ok(chair, { type: 'startPhase', phaseId: 'questions' });
    expect(sim.state.turn?.order).toEqual([chair.userId, helper2.userId, facilitator.userId]);
    sim.ok(chair, { type: 'startPhase', phaseId: 'write' });
    expect(sim.refused(helper1, { type: 'contribute', kind: 'advice', text: 'Advies' })).toBe(
      'case_giver_listens_only',
    );
  });

  it('PAIR-2: out of the room means both: the second case-giver gets nothing of an absent phase', () => {
    const sim = paired();
    sim.ok(chair, { type: 'startPhase', phaseId: 'away' });
    sim.ok(helper2, { type: 'contribute', kind: 'diagnosis', text: 'Een diagnose zonder hen' });
    expect(viewFor(sim.state, helper1.userId).contributions).toEqual([]);
    expect(viewFor(sim.state, facilitator.userId).contributions).toHaveLength(1);
  });

  it('PAIR-2: both answer and rate the questions, set the case question; helpers do not', () => {
    const sim = paired();
    sim.ok(helper1, { type: 'setCaseQuestion', text: 'Hoe kunnen wij samen grenzen stellen?' });
    sim.ok(chair, { type: 'startPhase', phaseId: 'questions' });
    sim.ok(chair, { type: 'contribute', kind: 'factualQuestion', text: 'Sinds wanneer?' });
    const q = sim.state.contributions[0]!.id;
    sim.ok(helper1, { type: 'answerQuestion', contributionId: q, text: 'Sinds de zomer' });
    sim.ok(caseGiver, { type: 'rateContribution', contributionId: q, rating: 4 });
    expect(sim.refused(facilitator, { type: 'rateContribution', contributionId: q, rating: 2 })).toBe(
      'not_case_giver',
    );
    expect(sim.state.contributions[0]).toMatchObject({ answer: 'Sinds de zomer', rating: 4 });
    expect(sim.state.caseQuestion).toBe('Hoe kunnen wij samen grenzen stellen?');
  });

  it('PAIR-3 and PAIR-4: one joint decision, recorded by either; both say whether they felt heard', () => {
    const sim = paired();
    sim.ok(chair, { type: 'openStage', stage: 'decision' });
    sim.ok(caseGiver, { type: 'recordDecision', text: 'Eerst', actions: [] });
    sim.ok(helper1, {
      type: 'recordDecision',
      text: 'We bellen de cliënt samen terug',
      actions: [{ text: 'Afspraak plannen', ownerId: helper1.userId }],
    });
    expect(sim.state.decision).toMatchObject({ text: 'We bellen de cliënt samen terug', by: helper1.userId });
    expect(sim.refused(helper2, { type: 'recordDecision', text: 'Nee', actions: [] })).toBe(
      'not_case_giver_or_scribe',
    );
    sim.ok(chair, { type: 'openStage', stage: 'evaluation' });
    const scores = { perspectives: 4, method: 4, cooperation: 4 };
    sim.ok(caseGiver, { type: 'giveEvaluation', heard: 5, ...scores });
    sim.ok(helper1, { type: 'giveEvaluation', heard: 3, ...scores });
    expect(sim.refused(helper2, { type: 'giveEvaluation', heard: 4, ...scores })).toBe('not_case_giver');
  });

  it('PAIR-5: the pair ends when the second becomes the case-giver, with a method of one case-giver, and with the next case', () => {
    const swap = paired();
    swap.ok(chair, { type: 'assignRole', role: 'caseGiver', userId: helper1.userId });
    expect(swap.state.roles).toMatchObject({ caseGiver: helper1.userId, coCaseGiver: null });

    const other = paired();
    other.ok(chair, { type: 'chooseMethod', method: testMethod() });
    expect(other.state.roles.coCaseGiver).toBeNull();

    const next = paired();
    next.ok(chair, { type: 'openStage', stage: 'decision' });
    next.ok(caseGiver, { type: 'recordDecision', text: 'Samen terugbellen', actions: [] });
    next.ok(chair, { type: 'startNextCase' });
    expect(next.state.roles.coCaseGiver).toBeNull();
    expect(next.state.earlierCases?.[0]).toMatchObject({
      caseGiver: caseGiver.userId,
      coCaseGiver: helper1.userId,
    });
  });

  it('PAIR-6: after the end the second case-giver reads the case whole, even after leaving; others get the shared cut', () => {
    const sim = paired();
    sim.ok(chair, { type: 'startPhase', phaseId: 'questions' });
    sim.ok(chair, { type: 'contribute', kind: 'factualQuestion', text: 'Wie belt er het eerst?' });
    sim.ok(chair, { type: 'openStage', stage: 'decision' });
    sim.ok(helper1, { type: 'recordDecision', text: 'Samen terugbellen', actions: [] });
    sim.ok(helper1, { type: 'leave' });
    sim.ok(chair, { type: 'endMeeting' });
    const second = endedViewFor(sim.state, sim.log, helper1.userId, 'summary');
    expect(second.contributions.map((c) => c.text)).toEqual(['Wie belt er het eerst?']);
    expect(second.decision?.text).toBe('Samen terugbellen');
    const other = endedViewFor(sim.state, sim.log, facilitator.userId, 'summary');
    expect(other.contributions).toEqual([]);
    expect(other.decision).toBeNull();
  });

  it('PAIR-6: the attendance list names the second case-giver as case-giver', () => {
    const sim = paired();
    const roles = registerRolesOf(sim.setup, sim.log);
    expect(roles.get(helper1.userId)).toEqual(['caseGiver']);
    expect(roles.get(caseGiver.userId)).toEqual(['caseGiver']);
  });
});
