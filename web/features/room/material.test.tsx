import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseGiver, chair, helper1, helper2, seated } from '../../../core/meeting/test-support';
import { viewFor } from '../../../core/meeting/visibility';
import { getMethod } from '../../../core/methods/index';
import { setLocale } from '../../lib/i18n';
import { chosenLevels, diltsRows } from './derive-phase';
import { chosenActions, sheetsFor } from './material';
import { DiltsPyramid } from './views/DiltsPyramid';
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

/** A Dilts meeting: two diagnoses revealed, the case-giver chooses one and states the level to work on. */
function diltsAtAdvice() {
  const sim = seated({ method: getMethod('dilts')! });
  sim.ok(chair, { type: 'startPhase', phaseId: 'diagnosis' });
  sim.ok(helper1, {
    type: 'contribute',
    kind: 'diagnosis',
    text: 'Het zit in wat zij belangrijk vindt',
    tag: 'beliefs',
  });
  sim.ok(helper2, {
    type: 'contribute',
    kind: 'diagnosis',
    text: 'Het is een kwestie van oefenen',
    tag: 'capabilities',
  });
  sim.ok(chair, { type: 'startPhase', phaseId: 'level-choice' });
  sim.ok(caseGiver, { type: 'chooseContribution', contributionId: 'c1' });
  sim.ok(caseGiver, {
    type: 'contribute',
    kind: 'levelStatement',
    text: 'Hoe blijf ik trouw aan wat ik belangrijk vind?',
    tag: 'beliefs',
  });
  sim.ok(chair, { type: 'startPhase', phaseId: 'advice' });
  return { sim, phase: sim.state.method!.phases.find((p) => p.id === 'advice')! };
}

describe('the Dilts level the case-giver chose travels on', () => {
  it('MAT-5: the advice phase shows the level statement and the chosen diagnosis, not the other one', () => {
    const { sim, phase } = diltsAtAdvice();
    const view = viewFor(sim.state, helper1.userId);
    render(<MaterialSheets {...sheetsFor(view, phase, 'nl', false)} />);
    expect(screen.getByText('Hoe blijf ik trouw aan wat ik belangrijk vind?')).toBeTruthy();
    expect(screen.getByText('Het zit in wat zij belangrijk vindt')).toBeTruthy();
    expect(screen.queryByText('Het is een kwestie van oefenen')).toBeNull();
    expect(chosenLevels(view)).toEqual(['beliefs']);
  });

  it('the pyramid marks every level the case-giver chose, also one only marked through a diagnosis', () => {
    const { sim } = diltsAtAdvice();
    sim.ok(chair, { type: 'startPhase', phaseId: 'level-choice' });
    sim.ok(caseGiver, { type: 'chooseContribution', contributionId: 'c2' });
    const view = viewFor(sim.state, helper2.userId);
    expect(chosenLevels(view)).toEqual(['capabilities', 'beliefs']);
    render(<DiltsPyramid rows={diltsRows(view)} chosen={chosenLevels(view)} />);
    expect(within(screen.getByTestId('dilts-beliefs')).getByText('gekozen')).toBeTruthy();
    expect(within(screen.getByTestId('dilts-capabilities')).getByText('gekozen')).toBeTruthy();
    expect(within(screen.getByTestId('dilts-identity')).queryByText('gekozen')).toBeNull();
  });
});
