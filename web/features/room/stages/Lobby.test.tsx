import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseGiver, chair, helper1, Sim } from '../../../../core/meeting/test-support';
import { viewFor } from '../../../../core/meeting/visibility';
import { setLocale } from '../../../lib/i18n';
import { type Room, RoomContext } from '../room-context';
import { TakeChair } from './Lobby';

beforeEach(() => setLocale('nl'));
afterEach(cleanup);

function renderFor(chairCame: boolean) {
  const sim = new Sim();
  for (const a of chairCame ? [chair, caseGiver, helper1] : [caseGiver, helper1]) sim.ok(a, { type: 'join' });
  const room = {
    meetingId: 'm1',
    view: viewFor(sim.state, helper1.userId),
    me: helper1.userId,
    room: { online: [caseGiver.userId, helper1.userId] },
    send: () => '',
  };
  render(
    <RoomContext.Provider value={room as unknown as Room}>
      <TakeChair />
    </RoomContext.Provider>,
  );
}

describe('taking the chair of an absent chair (LIFE-2)', () => {
  it('TAKE-HINT: names a chair who came and went, and never says "? is niet verbonden" of one who never came', () => {
    renderFor(true);
    expect(screen.getByTestId('take-hint').textContent).toMatch(/^Chair is niet verbonden\./);
    cleanup();
    renderFor(false);
    expect(screen.getByTestId('take-hint').textContent).toMatch(
      /^De geplande gespreksleider is niet in de bijeenkomst\./,
    );
  });
});
