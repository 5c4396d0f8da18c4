import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { caseGiver, chair, helper1, helper2, type Sim, seated } from '../../../../core/meeting/test-support';
import { viewFor } from '../../../../core/meeting/visibility';
import { getMethod } from '../../../../core/methods/index';
import { setLocale } from '../../../lib/i18n';
import { type Room, RoomContext } from '../room-context';
import { DecisionBoard } from './Decision';

beforeEach(() => {
  setLocale('nl');
  localStorage.clear();
});
afterEach(cleanup);

/** A Balint meeting in its decision phase: one advice of each judgement phase on the wall. */
function balintDecision(): Sim {
  const sim = seated({ method: getMethod('balint')! });
  sim.ok(chair, { type: 'startPhase', phaseId: 'judgement' });
  sim.ok(helper1, { type: 'contribute', kind: 'advice', text: 'Bel de ouders zelf op' });
  sim.ok(chair, { type: 'reveal' });
  sim.ok(chair, { type: 'startPhase', phaseId: 'group-judgement' });
  sim.ok(helper2, { type: 'contribute', kind: 'advice', text: 'Vraag je teamleider erbij' });
  sim.ok(chair, { type: 'startPhase', phaseId: 'decision' });
  return sim;
}

const board = (sim: Sim) => {
  const room = {
    meetingId: 'm1',
    view: viewFor(sim.state, caseGiver.userId),
    me: caseGiver.userId,
    send: vi.fn(),
  };
  return (
    <MemoryRouter>
      <RoomContext.Provider value={room as unknown as Room}>
        <DecisionBoard />
      </RoomContext.Provider>
    </MemoryRouter>
  );
};

const actions = () => (screen.getByLabelText('Mijn acties') as HTMLTextAreaElement).value;

describe('the decision offers what the case-giver chose (MAT-5)', () => {
  it('adds each item chosen in the decision phase itself, the second one too, below what was typed', () => {
    const sim = balintDecision();
    const [first, second] = sim.state.contributions.map((c) => c.id) as [string, string];
    const { rerender } = render(board(sim));
    expect(actions()).toBe('');
    sim.ok(caseGiver, { type: 'chooseContribution', contributionId: first });
    rerender(board(sim));
    expect(actions()).toBe('Bel de ouders zelf op');
    fireEvent.change(screen.getByLabelText('Mijn acties'), {
      target: { value: 'Bel de ouders zelf op\nMorgen beginnen' },
    });
    sim.ok(caseGiver, { type: 'chooseContribution', contributionId: second });
    rerender(board(sim));
    expect(actions()).toBe('Bel de ouders zelf op\nMorgen beginnen\nVraag je teamleider erbij');
  });

  it('does not bring back a chosen item the case-giver removed', () => {
    const sim = balintDecision();
    const [first, second] = sim.state.contributions.map((c) => c.id) as [string, string];
    sim.ok(caseGiver, { type: 'chooseContribution', contributionId: first });
    const { rerender } = render(board(sim));
    expect(actions()).toBe('Bel de ouders zelf op');
    fireEvent.change(screen.getByLabelText('Mijn acties'), { target: { value: 'Iets anders' } });
    sim.ok(caseGiver, { type: 'chooseContribution', contributionId: second });
    rerender(board(sim));
    expect(actions()).toBe('Iets anders\nVraag je teamleider erbij');
  });
});
