import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CommandInput } from '../../../../core/meeting/commands';
import { caseGiver, chair, helper1, type Sim, seated } from '../../../../core/meeting/test-support';
import { viewFor } from '../../../../core/meeting/visibility';
import { setLocale } from '../../../lib/i18n';
import { type Room, RoomContext } from '../room-context';
import { CaseBadge } from './Cases';
import { DecisionBoard } from './Decision';
import { Summary } from './Summary';

beforeEach(() => setLocale('nl'));
afterEach(cleanup);

/** The first case decided, in the decision stage. */
function decided(): Sim {
  const sim = seated();
  sim.ok(caseGiver, { type: 'setCaseQuestion', text: 'Hoe zeg ik nee?' });
  sim.ok(chair, { type: 'openStage', stage: 'decision' });
  sim.ok(caseGiver, { type: 'recordDecision', text: 'Ik zeg nee.', actions: [] });
  return sim;
}

function renderAs(sim: Sim, userId: string, ui: ReactNode, send = vi.fn<(c: CommandInput) => string>()) {
  const room = { meetingId: 'm1', view: viewFor(sim.state, userId), me: userId, send } as unknown as Room;
  render(
    <MemoryRouter>
      <RoomContext.Provider value={room}>{ui}</RoomContext.Provider>
    </MemoryRouter>,
  );
  return send;
}

describe('several cases in the room (CASES-1, CASES-2)', () => {
  it('offers the chair, and only the chair, to start the next case once the decision is there', () => {
    const sim = decided();
    const send = renderAs(sim, chair.userId, <DecisionBoard />);
    fireEvent.click(screen.getByRole('button', { name: 'Volgende casus starten' }));
    expect(send).toHaveBeenCalledWith({ type: 'startNextCase' });
    expect(screen.getByText('De evaluatie volgt één keer, na de laatste casus.')).toBeTruthy();
    cleanup();
    renderAs(sim, helper1.userId, <DecisionBoard />);
    expect(screen.queryByRole('button', { name: 'Volgende casus starten' })).toBeNull();
  });

  it('shows which case is running from the second on: "Casus 2", with no total while more may follow', () => {
    const sim = decided();
    renderAs(sim, helper1.userId, <CaseBadge view={viewFor(sim.state, helper1.userId)} />);
    expect(screen.queryByTestId('case-number')).toBeNull();
    cleanup();
    sim.ok(chair, { type: 'startNextCase' });
    renderAs(sim, helper1.userId, <CaseBadge view={viewFor(sim.state, helper1.userId)} />);
    expect(screen.getByTestId('case-number').textContent).toBe('Casus 2');
  });

  it('the ended meeting lists the earlier case with its own report link', () => {
    const sim = decided();
    sim.ok(chair, { type: 'startNextCase' });
    sim.ok(chair, { type: 'assignRole', role: 'caseGiver', userId: helper1.userId });
    sim.ok(chair, { type: 'endMeeting' });
    renderAs(sim, caseGiver.userId, <Summary />);
    const first = screen.getByTestId('case-1');
    expect(first.textContent).toContain('Casus 1 van 2');
    expect(first.textContent).toContain('Hoe zeg ik nee?');
    expect(first.textContent).toContain('Ik zeg nee.');
    expect(screen.getByRole('link', { name: 'Verslag van casus 1' }).getAttribute('href')).toBe(
      '/meetings/m1/report?case=1',
    );
  });
});
