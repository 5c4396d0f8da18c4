import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseGiver, chair, helper1, Sim } from '../../../../core/meeting/test-support';
import { viewFor } from '../../../../core/meeting/visibility';
import { setLocale } from '../../../lib/i18n';
import { type Room, RoomContext } from '../room-context';
import { PitchBoard } from './Inventory';

beforeEach(() => setLocale('nl'));
afterEach(cleanup);

/** The inventory with two pitches; `choose` says whether the chair already chose the case-giver's. */
function renderBoardFor(userId: string, choose: boolean) {
  const sim = new Sim();
  for (const a of [chair, caseGiver, helper1]) sim.ok(a, { type: 'join' });
  sim.ok(chair, { type: 'openStage', stage: 'inventory' });
  sim.ok(caseGiver, { type: 'pitchCase', text: 'Een leerling weigert mee te doen.' });
  sim.ok(helper1, { type: 'pitchCase', text: 'Mijn team vergadert eindeloos.' });
  if (choose) sim.ok(chair, { type: 'chooseCase', pitchId: sim.state.pitches[0]!.id });
  const room = { meetingId: 'm1', view: viewFor(sim.state, userId), me: userId, send: () => '' };
  render(
    <RoomContext.Provider value={room as unknown as Room}>
      <PitchBoard />
    </RoomContext.Provider>,
  );
}

describe('choosing the case', () => {
  it('CASE-PICK: the chair’s button shows it is pressed and the chosen pitch is marked', () => {
    renderBoardFor(chair.userId, false);
    const choose = screen.getByRole('button', { name: 'Kies de casus van Case-giver' });
    expect(choose.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByText('Gekozen')).toBeNull();
    cleanup();
    renderBoardFor(chair.userId, true);
    expect(
      screen.getByRole('button', { name: 'Kies de casus van Case-giver' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(
      screen.getByRole('button', { name: 'Kies de casus van Helper one' }).getAttribute('aria-pressed'),
    ).toBe('false');
    const [chosen, other] = screen.getAllByTestId('pitch');
    expect(chosen!.textContent).toContain('Gekozen');
    expect(other!.textContent).not.toContain('Gekozen');
  });

  it('CASE-PICK: everyone else is told whose case was chosen, the case-giver that it is theirs', () => {
    renderBoardFor(helper1.userId, true);
    expect(screen.getByRole('status').textContent).toBe('De gespreksleider koos de casus van Case-giver.');
    cleanup();
    renderBoardFor(caseGiver.userId, true);
    expect(screen.getByRole('status').textContent).toBe(
      'De gespreksleider koos jouw casus: jij bent de inbrenger.',
    );
  });
});
