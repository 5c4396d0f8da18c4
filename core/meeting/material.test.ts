import { describe, expect, it } from 'vitest';
import { getMethod } from '../methods/index';
import type { Method } from '../methods/schema';
import { evolve } from './evolve';
import { caseGiver, chair, helper1, helper2, seated } from './test-support';
import type { StoredEvent } from './types';
import { projectEvent, viewFor } from './visibility';

const sioo = getMethod('sioo')!;
const tenStep = getMethod('ten-step')!;

/** A seated SIOO meeting with two revealed hypotheses and the pick phase running. */
function atPick(method: Method = sioo) {
  const sim = seated({ method });
  sim.ok(chair, { type: 'startPhase', phaseId: 'hypotheses' });
  sim.ok(helper1, {
    type: 'contribute',
    kind: 'hypothesis',
    text: 'The old structure protects the team lead',
  });
  sim.ok(helper2, { type: 'contribute', kind: 'hypothesis', text: 'Nobody owns the change' });
  sim.ok(chair, { type: 'startPhase', phaseId: 'pick' });
  const [first, second] = sim.state.contributions.map((c) => c.id) as [string, string];
  return { sim, first, second };
}

describe('material from earlier phases', () => {
  it('MAT-2: the case-giver rates the hypotheses in the SIOO pick phase, not before and not as a helper', () => {
    const { sim, first } = atPick();
    sim.ok(caseGiver, { type: 'rateContribution', contributionId: first, rating: 4 });
    expect(sim.state.contributions[0]).toMatchObject({ rating: 4 });
    expect(sim.refused(helper1, { type: 'rateContribution', contributionId: first, rating: 1 })).toBe(
      'not_case_giver',
    );
    sim.ok(chair, { type: 'startPhase', phaseId: 'interventions' });
    expect(sim.refused(caseGiver, { type: 'rateContribution', contributionId: first, rating: 2 })).toBe(
      'ratings_not_allowed',
    );
  });

  it('MAT-2: Tienstappen rates the written questions, then answers them; the situation note is not rated', () => {
    const sim = seated({ method: tenStep });
    sim.ok(chair, { type: 'startPhase', phaseId: 'sketch' });
    sim.ok(caseGiver, { type: 'contribute', kind: 'note', text: 'My team misses deadlines' });
    sim.ok(chair, { type: 'startPhase', phaseId: 'write-questions' });
    sim.ok(helper1, { type: 'contribute', kind: 'question', text: 'Who sets the deadlines?' });
    sim.ok(chair, { type: 'startPhase', phaseId: 'rate-questions' });
    const [note, question] = sim.state.contributions.map((c) => c.id) as [string, string];
    sim.ok(caseGiver, { type: 'rateContribution', contributionId: question, rating: 5 });
    expect(sim.refused(caseGiver, { type: 'rateContribution', contributionId: note, rating: 3 })).toBe(
      'ratings_not_allowed',
    );
    expect(sim.refused(caseGiver, { type: 'answerQuestion', contributionId: question, text: 'I do' })).toBe(
      'answers_not_allowed',
    );
    sim.ok(chair, { type: 'advancePhase' });
    sim.ok(caseGiver, { type: 'answerQuestion', contributionId: question, text: 'I do, mostly' });
    expect(sim.state.contributions[1]).toMatchObject({ rating: 5, answer: 'I do, mostly' });
  });

  it('MAT-2: a phase that names no material keeps the old rule (methods saved before references)', () => {
    const old: Method = { ...sioo, phases: sioo.phases.map(({ uses: _uses, ...p }) => p) };
    const { sim, first } = atPick(old);
    sim.ok(caseGiver, { type: 'rateContribution', contributionId: first, rating: 3 });
    expect(sim.refused(caseGiver, { type: 'chooseContribution', contributionId: first })).toBe(
      'choosing_not_allowed',
    );
  });

  it('MAT-3: only the case-giver chooses, only from material the phase names for choosing; unchoosing works', () => {
    const { sim, first, second } = atPick();
    expect(sim.refused(helper1, { type: 'chooseContribution', contributionId: first })).toBe(
      'not_case_giver',
    );
    sim.ok(caseGiver, { type: 'chooseContribution', contributionId: second });
    expect(sim.ok(caseGiver, { type: 'chooseContribution', contributionId: second })).toEqual([]);
    expect(sim.state.contributions.map((c) => c.chosen ?? false)).toEqual([false, true]);
    sim.ok(caseGiver, { type: 'chooseContribution', contributionId: second, chosen: false });
    expect(sim.state.contributions[1]?.chosen).toBe(false);
    sim.ok(caseGiver, { type: 'chooseContribution', contributionId: first });
    sim.ok(chair, { type: 'startPhase', phaseId: 'interventions' });
    // The interventions phase only shows the chosen hypothesis; it does not choose.
    expect(sim.refused(caseGiver, { type: 'chooseContribution', contributionId: second })).toBe(
      'choosing_not_allowed',
    );
    sim.ok(chair, { type: 'startPhase', phaseId: 'situation' });
    expect(sim.refused(caseGiver, { type: 'chooseContribution', contributionId: second })).toBe(
      'choosing_not_allowed',
    );
  });

  it('MAT-3: nothing is chosen outside a phase, nor something the case-giver cannot see', () => {
    const sim = seated({ method: sioo });
    sim.ok(chair, { type: 'startPhase', phaseId: 'hypotheses' });
    sim.ok(helper1, { type: 'contribute', kind: 'hypothesis', text: 'Power sits elsewhere' });
    const id = sim.state.contributions[0]!.id;
    // Still private writing: for the case-giver it does not exist.
    expect(sim.refused(caseGiver, { type: 'chooseContribution', contributionId: id })).toBe(
      'no_such_contribution',
    );
    sim.ok(chair, { type: 'openStage', stage: 'decision' });
    expect(sim.refused(caseGiver, { type: 'chooseContribution', contributionId: id })).toBe(
      'choosing_not_allowed',
    );
  });

  it('MAT-4: everyone who sees the item sees the choice and the rating, through the same evolve', () => {
    const { sim, second } = atPick();
    for (const command of [
      { type: 'chooseContribution', contributionId: second },
      { type: 'rateContribution', contributionId: second, rating: 5 },
    ] as const) {
      const before = sim.state;
      const views = [helper1, helper2, chair, caseGiver].map((a) => viewFor(before, a.userId));
      const [event] = sim.ok(caseGiver, command);
      const stored = sim.log.at(-1) as StoredEvent;
      expect(stored.type).toBe(event!.type);
      for (const [i, who] of [helper1, helper2, chair, caseGiver].entries()) {
        const projected = projectEvent(before, sim.state, stored, who.userId);
        expect(projected).not.toBeNull();
        expect(evolve(views[i]!, projected as StoredEvent)).toEqual(viewFor(sim.state, who.userId));
      }
    }
    expect(viewFor(sim.state, helper2.userId).contributions[1]).toMatchObject({ chosen: true, rating: 5 });
  });
});
