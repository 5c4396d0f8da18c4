import { describe, expect, it } from 'vitest';
import { discussedCases } from './cases';
import { caseGiver, chair, helper1, helper2, Sim } from './test-support';

const brought = {
  caseId: 'c-1',
  authorId: caseGiver.userId,
  title: 'Twee teams na de fusie',
  question: 'Hoe kan ik de twee teams bij elkaar brengen?',
};

/** A meeting whose setup plans a timekeeper, a scribe and a case brought in ahead; everyone joined. */
function planned() {
  const sim = new Sim({ timekeeperUserId: helper1.userId, scribeUserId: helper2.userId, cases: [brought] });
  for (const a of [chair, caseGiver, helper1, helper2]) sim.ok(a, { type: 'join' });
  return sim;
}

describe('what was planned for the meeting', () => {
  it('ROLE-7: the planned timekeeper and scribe hold their roles from the start', () => {
    const sim = new Sim({ timekeeperUserId: helper1.userId, scribeUserId: helper2.userId });
    expect(sim.state.roles).toMatchObject({ chair: chair.userId, timekeeper: 'h1', scribe: 'h2' });
  });

  it('CASE-1: a case brought in ahead is its author’s pitch, and its question becomes the case question', () => {
    const sim = planned();
    expect(sim.state.pitches).toEqual([
      { id: 'case-c-1', authorId: 'cg', text: brought.title, caseId: 'c-1', question: brought.question },
    ]);
    sim.ok(chair, { type: 'openStage', stage: 'inventory' });
    sim.ok(helper1, { type: 'vote', pitchId: 'case-c-1' });
    sim.ok(chair, { type: 'chooseCase', pitchId: 'case-c-1' });
    expect(sim.state.roles.caseGiver).toBe(caseGiver.userId);
    expect(sim.state.caseQuestion).toBe(brought.question);
  });

  it('CASE-1: without a question the pitch is the question; a new pitch of the author replaces the case', () => {
    const sim = new Sim({ cases: [{ ...brought, question: '  ' }] });
    for (const a of [chair, caseGiver]) sim.ok(a, { type: 'join' });
    sim.ok(chair, { type: 'openStage', stage: 'inventory' });
    sim.ok(chair, { type: 'chooseCase', pitchId: 'case-c-1' });
    expect(sim.state.caseQuestion).toBe(brought.title);
    sim.ok(caseGiver, { type: 'pitchCase', text: 'Iets anders' });
    expect(sim.state.pitches).toEqual([{ id: 'case-c-1', authorId: 'cg', text: 'Iets anders' }]);
  });

  it('ROLE-7: a planned scribe whose case is chosen gives up the scribe role', () => {
    const sim = new Sim({ scribeUserId: caseGiver.userId, cases: [brought] });
    for (const a of [chair, caseGiver]) sim.ok(a, { type: 'join' });
    sim.ok(chair, { type: 'openStage', stage: 'inventory' });
    sim.ok(chair, { type: 'chooseCase', pitchId: 'case-c-1' });
    expect(sim.state.roles).toMatchObject({ caseGiver: 'cg', scribe: null });
  });

  it('CASE-2: only a chosen case brought in ahead counts as discussed', () => {
    const sim = planned();
    expect(discussedCases(sim.state)).toEqual([]);
    sim.ok(chair, { type: 'openStage', stage: 'inventory' });
    sim.ok(helper1, { type: 'pitchCase', text: 'Mijn eigen casus' });
    sim.ok(chair, { type: 'chooseCase', pitchId: 'p1' });
    expect(discussedCases(sim.state)).toEqual([]);
    sim.ok(chair, { type: 'chooseCase', pitchId: 'case-c-1' });
    expect(discussedCases(sim.state)).toEqual(['c-1']);
  });
});
