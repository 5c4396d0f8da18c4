import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chair, guest, helper1, seated } from '../../../../core/meeting/test-support';
import { viewFor } from '../../../../core/meeting/visibility';
import { setLocale } from '../../../lib/i18n';
import { type Room, RoomContext } from '../room-context';
import { Summary } from './Summary';

beforeEach(() => setLocale('nl'));
afterEach(cleanup);

function renderSummaryFor(userId: string) {
  const sim = seated();
  sim.ok(chair, { type: 'admitGuest', userId: guest.userId, name: guest.name });
  sim.ok(guest, { type: 'join' });
  sim.ok(chair, { type: 'endMeeting' });
  const room = {
    meetingId: 'm1',
    view: viewFor(sim.state, userId),
    me: userId,
    send: () => '',
  } as unknown as Room;
  render(
    <MemoryRouter>
      <RoomContext.Provider value={room}>
        <Summary />
      </RoomContext.Provider>
    </MemoryRouter>,
  );
}

describe('summary at the end of a meeting', () => {
  it('GUEST-REPORT: offers a member the report, and a guest (who may never read one) no link to sign-in', () => {
    renderSummaryFor(helper1.userId);
    expect(screen.getByRole('link', { name: 'Verslag van de inbrenger' }).getAttribute('href')).toBe(
      '/meetings/m1/report',
    );
    cleanup();
    renderSummaryFor(guest.userId);
    expect(screen.queryByRole('link', { name: 'Verslag van de inbrenger' })).toBeNull();
    expect(screen.getByText(/Gasten krijgen geen verslag/)).toBeTruthy();
  });
});
