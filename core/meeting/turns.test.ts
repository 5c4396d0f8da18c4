import { describe, expect, it } from 'vitest';
import { airtime, currentSpeaker, nextSpeaker, silentRound } from './derived';
import { caseGiver, chair, facilitator, helper1, helper2, inPhase, seated } from './test-support';

const ask = (text: string) => ({ type: 'contribute', kind: 'factualQuestion', text }) as const;

describe('turns', () => {
  it('TURN-1: a round follows a fixed order of those who may contribute, and only the holder speaks', () => {
    const sim = inPhase('questions');
    expect(sim.state.turn?.order).toEqual(['chair', 'h1', 'h2', 'fac']);
    expect(currentSpeaker(sim.state)).toBe('chair');
    expect(nextSpeaker(sim.state)).toBe('h1');
    expect(sim.refused(helper2, ask('May I?'))).toBe('not_your_turn');
    expect(sim.refused(caseGiver, ask('And me?'))).toBe('may_not_contribute');
  });

  it('TURN-2: one contribution per turn, then the turn moves on', () => {
    const sim = inPhase('questions');
    sim.ok(chair, ask('Who was there?'));
    expect(currentSpeaker(sim.state)).toBe('h1');
    expect(sim.refused(chair, ask('And also?'))).toBe('not_your_turn');
  });

  it('TURN-3: passing moves the turn, is remembered for the round, and a new round starts after the last', () => {
    const sim = inPhase('questions');
    sim.ok(chair, ask('Q1'));
    sim.ok(helper1, { type: 'passTurn' });
    expect(sim.state.turn?.passed).toEqual(['h1']);
    sim.ok(helper2, ask('Q2'));
    // The chair moves a silent facilitator on.
    sim.ok(chair, { type: 'passTurn' });
    expect(sim.state.turn).toMatchObject({ round: 2, index: 0, passed: [] });
    expect(sim.refused(helper1, { type: 'passTurn' })).toBe('not_your_turn');
  });

  it('TURN-3: there are no turns to pass in a free phase', () => {
    const sim = inPhase('tgi');
    expect(sim.refused(helper1, { type: 'passTurn' })).toBe('no_turns');
    expect(sim.refused(chair, { type: 'passStick', to: helper1.userId })).toBe('no_turns');
  });

  it('TURN-4: only the stick holder speaks, as often as they like, then passes; a full round of passes is silent', () => {
    const sim = inPhase('stick');
    expect(currentSpeaker(sim.state)).toBe('cg');
    expect(sim.refused(helper1, { type: 'contribute', kind: 'association', text: 'Me!' })).toBe(
      'not_your_turn',
    );
    sim.ok(caseGiver, { type: 'contribute', kind: 'association', text: 'One' });
    sim.ok(caseGiver, { type: 'contribute', kind: 'association', text: 'Two' });
    sim.ok(caseGiver, { type: 'passTurn' });
    expect(currentSpeaker(sim.state)).toBe('h1');
    sim.ok(helper1, { type: 'contribute', kind: 'paraphrase', text: 'You have two' });
    sim.ok(helper1, { type: 'passStick', to: facilitator.userId });
    expect(currentSpeaker(sim.state)).toBe('fac');
    for (const a of [facilitator, chair, caseGiver, helper1, helper2]) {
      expect(silentRound(sim.state)).toBe(false);
      sim.ok(a, { type: 'passTurn' });
    }
    expect(silentRound(sim.state)).toBe(true);
  });

  it('TURN-5: a stick phase starts with the case-giver', () => {
    const sim = inPhase('stick');
    expect(sim.state.turn?.order).toEqual(['cg', 'h1', 'h2', 'fac', 'chair']);
  });

  it('TURN-6: with paraphrase-first, a turn opens by paraphrasing the previous speaker', () => {
    const sim = inPhase('stick');
    sim.ok(caseGiver, { type: 'contribute', kind: 'association', text: 'It feels heavy' });
    sim.ok(caseGiver, { type: 'passTurn' });
    expect(sim.refused(helper1, { type: 'contribute', kind: 'association', text: 'Mine' })).toBe(
      'paraphrase_first',
    );
    sim.ok(helper1, { type: 'contribute', kind: 'paraphrase', text: 'You feel weighed down' });
    sim.ok(helper1, { type: 'contribute', kind: 'association', text: 'Mine' });
  });

  it('TURN-7: someone joining mid-phase joins the end of the order; a leaving holder passes the turn on', () => {
    const sim = seated();
    sim.ok(chair, { type: 'startPhase', phaseId: 'questions' });
    const late = { userId: 'late', name: 'Late' };
    sim.ok(late, { type: 'join' });
    expect(sim.state.turn?.order).toEqual(['chair', 'h1', 'h2', 'fac', 'late']);
    sim.ok(chair, ask('Q'));
    sim.ok(helper1, { type: 'leave' });
    expect(currentSpeaker(sim.state)).toBe('h2');
  });

  it('TURN-8: airtime counts how long each person held the stick', () => {
    const sim = inPhase('stick');
    sim.wait(30_000).ok(caseGiver, { type: 'passTurn' });
    sim.wait(10_000).ok(helper1, { type: 'passTurn' });
    sim.wait(5_000);
    expect(airtime(sim.state, sim.now)).toEqual({ cg: 30_000, h1: 10_000, h2: 5_000 });
    sim.ok(chair, { type: 'advancePhase' });
    expect(airtime(sim.state, sim.now, 'stick')).toEqual({ cg: 30_000, h1: 10_000, h2: 5_000 });
  });
});
