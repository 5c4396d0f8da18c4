import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseGiver, chair, helper1, helper2, seated } from '../../../core/meeting/test-support';
import { viewFor } from '../../../core/meeting/visibility';
import { getMethod } from '../../../core/methods/index';
import { setLocale } from '../../lib/i18n';
import { chosenActions, sheetsFor } from './material';
import { MaterialSheets } from './views/MaterialSheets';

beforeEach(() => setLocale('nl'));
afterEach(cleanup);

/** A SIOO meeting with two revealed hypotheses, the second chosen and rated, now in the given phase. */
function sioo(phaseId: string) {
  const sim = seated({ method: getMethod('sioo')! });
  sim.ok(chair, { type: 'startPhase', phaseId: 'hypotheses' });
  sim.ok(helper1, {
    type: 'contribute',
    kind: 'hypothesis',
    text: 'De oude structuur beschermt de teamleider',
  });
  sim.ok(helper2, { type: 'contribute', kind: 'hypothesis', text: 'Niemand is eigenaar van de verandering' });
  sim.ok(chair, { type: 'startPhase', phaseId: 'pick' });
  const method = sim.state.method!;
  if (phaseId !== 'pick') {
    sim.ok(caseGiver, { type: 'chooseContribution', contributionId: sim.state.contributions[1]!.id });
    sim.ok(chair, { type: 'startPhase', phaseId });
  }
  return { sim, phase: method.phases.find((p) => p.id === phaseId)! };
}

describe('earlier material in a phase', () => {
  it('MAT-1: the SIOO pick phase shows the hypotheses, with score and choice buttons for the case-giver only', () => {
    const { sim, phase } = sioo('pick');
    const mine = sheetsFor(viewFor(sim.state, caseGiver.userId), phase, 'nl', true);
    const chosen: [string, boolean][] = [];
    const act = {
      onRate: () => {},
      onAnswer: () => {},
      onChoose: (id: string, c: boolean) => chosen.push([id, c]),
    };
    render(<MaterialSheets {...mine} {...act} />);
    expect(screen.getByRole('heading', { name: 'Uit de stap ‘Hypothesen’' })).toBeTruthy();
    expect(screen.getByText('Niemand is eigenaar van de verandering')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Kies dit:/ })).toHaveLength(2);
    screen.getByRole('button', { name: 'Kies dit: Niemand is eigenaar van de verandering' }).click();
    expect(chosen).toEqual([[sim.state.contributions[1]!.id, true]]);
    expect(screen.getAllByRole('group', { name: /^Geef een cijfer aan:/ })).toHaveLength(2);
    cleanup();
    render(
      <MaterialSheets {...sheetsFor(viewFor(sim.state, helper1.userId), phase, 'nl', false)} {...act} />,
    );
    expect(screen.getByText('Niemand is eigenaar van de verandering')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Kies dit:/ })).toBeNull();
  });

  it('MAT-5: only the chosen hypothesis stands above the interventions, marked as chosen', () => {
    const { sim, phase } = sioo('interventions');
    render(<MaterialSheets {...sheetsFor(viewFor(sim.state, helper2.userId), phase, 'nl', false)} />);
    expect(screen.getByRole('heading', { name: 'Gekozen uit de stap ‘Hypothesen’' })).toBeTruthy();
    expect(screen.getByText('Niemand is eigenaar van de verandering')).toBeTruthy();
    expect(screen.queryByText('De oude structuur beschermt de teamleider')).toBeNull();
    expect(screen.getByText('Gekozen')).toBeTruthy();
  });

  it('MAT-1: Tienstappen answers the questions starting with the highest rated', () => {
    const sim = seated({ method: getMethod('ten-step')! });
    sim.ok(chair, { type: 'startPhase', phaseId: 'write-questions' });
    sim.ok(helper1, { type: 'contribute', kind: 'question', text: 'Wie bepaalt de planning?' });
    sim.ok(helper2, { type: 'contribute', kind: 'question', text: 'Wat heb je al geprobeerd?' });
    sim.ok(chair, { type: 'startPhase', phaseId: 'rate-questions' });
    const [low, high] = sim.state.contributions.map((c) => c.id) as [string, string];
    sim.ok(caseGiver, { type: 'rateContribution', contributionId: low, rating: 2 });
    sim.ok(caseGiver, { type: 'rateContribution', contributionId: high, rating: 5 });
    sim.ok(chair, { type: 'advancePhase' });
    const phase = sim.state.method!.phases.find((p) => p.id === 'answers')!;
    const { sheets } = sheetsFor(viewFor(sim.state, caseGiver.userId), phase, 'nl', true);
    expect(sheets[0]!.items.map((i) => i.text)).toEqual([
      'Wat heb je al geprobeerd?',
      'Wie bepaalt de planning?',
    ]);
    expect(sheets[0]).toMatchObject({ canAnswer: true, canRate: false, canChoose: false });
  });

  it('MAT-5: chosen interventions stand ready as the actions of the decision', () => {
    const { sim } = sioo('interventions');
    sim.ok(chair, { type: 'contribute', kind: 'advice', text: 'Vraag de directeur om een gesprek' });
    sim.ok(chair, { type: 'advancePhase' });
    sim.ok(caseGiver, { type: 'chooseContribution', contributionId: sim.state.contributions[2]!.id });
    expect(chosenActions(viewFor(sim.state, caseGiver.userId))).toEqual([
      'Vraag de directeur om een gesprek',
    ]);
  });
});
