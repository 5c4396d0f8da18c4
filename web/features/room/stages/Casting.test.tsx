import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  caseGiver,
  chair,
  helper1,
  type Sim,
  seated,
  testMethod,
} from '../../../../core/meeting/test-support';
import type { Actor } from '../../../../core/meeting/types';
import { viewFor } from '../../../../core/meeting/visibility';
import { getMethod } from '../../../../core/methods/index';
import { setLocale } from '../../../lib/i18n';
import { type Room, RoomContext } from '../room-context';
import { Casting, CastingBoard } from './Casting';

beforeEach(() => {
  setLocale('nl');
  localStorage.clear();
});
afterEach(cleanup);

/** A Balint meeting (a pair allowed, PAIR-1) in the casting stage, the case-giver chosen. */
function balintCasting(): Sim {
  const sim = seated({ method: getMethod('balint')! });
  sim.ok(chair, { type: 'openStage', stage: 'casting' });
  return sim;
}

function renderAs(sim: Sim, who: Actor, what: 'board' | 'stage' = 'board') {
  const send = vi.fn();
  const room = {
    meetingId: 'm1',
    view: viewFor(sim.state, who.userId),
    me: who.userId,
    send,
    room: { offsetMs: 0, online: [] },
  };
  const ui = (
    <MemoryRouter>
      <RoomContext.Provider value={room as unknown as Room}>
        {what === 'board' ? <CastingBoard /> : <Casting />}
      </RoomContext.Provider>
    </MemoryRouter>
  );
  return { send, ...render(ui) };
}

const optionTexts = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('casting a second case-giver (PAIR-1)', () => {
  it('lets the chair add a colleague as second case-giver, never the chair or the case-giver, and take them off again', () => {
    const sim = balintCasting();
    const { send, unmount } = renderAs(sim, chair);
    const pair = screen.getByLabelText('Tweede inbrenger');
    expect(optionTexts(pair)).toEqual(['Niemand', 'Helper one', 'Helper two', 'Facilitator']);
    fireEvent.change(pair, { target: { value: helper1.userId } });
    expect(send).toHaveBeenCalledWith({ type: 'assignRole', role: 'coCaseGiver', userId: helper1.userId });
    unmount();

    sim.ok(chair, { type: 'assignRole', role: 'coCaseGiver', userId: helper1.userId });
    const again = renderAs(sim, chair);
    expect(screen.getByText('Inbrengers: Case-giver en Helper one')).toBeTruthy();
    expect((screen.getByLabelText('Tweede inbrenger') as HTMLSelectElement).value).toBe(helper1.userId);
    // The other roles are not for a case-giver (ROLE-3, PAIR-2); the chair's list says why.
    expect(optionTexts(screen.getByLabelText('Tijdbewaker'))).not.toContain('Helper one');
    expect(optionTexts(screen.getByLabelText('Gespreksleider'))).toContain(
      'Helper one (tweede inbrenger, kan niet)',
    );
    fireEvent.change(screen.getByLabelText('Tweede inbrenger'), { target: { value: '' } });
    expect(again.send).toHaveBeenCalledWith({
      type: 'unassignRole',
      role: 'coCaseGiver',
      userId: helper1.userId,
    });
  });

  it('offers no second case-giver in a method of one case-giver', () => {
    const sim = seated({ method: testMethod() });
    sim.ok(chair, { type: 'openStage', stage: 'casting' });
    renderAs(sim, chair);
    expect(screen.queryByLabelText('Tweede inbrenger')).toBeNull();
    expect(screen.getByText('Inbrenger: Case-giver')).toBeTruthy();
  });

  it('tells the second case-giver they bring the case in together, and shows others both names', () => {
    const sim = balintCasting();
    sim.ok(chair, { type: 'assignRole', role: 'coCaseGiver', userId: helper1.userId });
    renderAs(sim, helper1, 'stage');
    expect(screen.getByText(/Jij brengt deze casus samen met Case-giver in/)).toBeTruthy();
    expect(screen.getByText('Inbrengers: Case-giver en Helper one')).toBeTruthy();
    // The list of who is here names the role of each of the pair.
    expect(screen.getByText('Tweede inbrenger')).toBeTruthy();
    expect(screen.getByText('Inbrenger')).toBeTruthy();
    // Either of the pair may set the case question (PAIR-2).
    expect(screen.getAllByRole('textbox').length).toBeGreaterThan(0);
    cleanup();
    renderAs(sim, caseGiver, 'stage');
    expect(screen.getByText(/Jij bent de inbrenger/)).toBeTruthy();
  });
});
