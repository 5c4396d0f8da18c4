import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  caseGiver,
  chair,
  guest,
  helper1,
  helper2,
  type Sim,
  seated,
  testMethod,
} from '../../../../core/meeting/test-support';
import { viewFor } from '../../../../core/meeting/visibility';
import { setLocale } from '../../../lib/i18n';
import { type Room, RoomContext } from '../room-context';
import { Summary } from './Summary';

beforeEach(() => setLocale('nl'));
afterEach(cleanup);

function renderSummaryFor(userId: string, evaluate: (sim: Sim) => void = () => {}) {
  const sim = seated();
  sim.ok(chair, { type: 'admitGuest', userId: guest.userId, name: guest.name });
  sim.ok(guest, { type: 'join' });
  evaluate(sim);
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

describe('the case-giver’s "heard" score at the end (LIFE-9)', () => {
  const evaluations = (sim: Sim) => {
    sim.ok(chair, { type: 'openStage', stage: 'evaluation' });
    sim.ok(caseGiver, { type: 'giveEvaluation', heard: 2, perspectives: 5, method: 5, cooperation: 5 });
    sim.ok(helper1, { type: 'giveEvaluation', perspectives: 4, method: 4, cooperation: 4 });
    sim.ok(helper2, { type: 'giveEvaluation', perspectives: 3, method: 3, cooperation: 3 });
  };

  it('shows it as the case-giver’s own score, apart from the group’s means', () => {
    renderSummaryFor(helper1.userId, evaluations);
    expect(screen.getByTestId('heard').textContent).toBe(
      'Voelde zich gehoord: 2 van 5 (de eigen score van Case-giver)',
    );
    const means = screen.getByRole('heading', { name: /Evaluatie \(gemiddeld, 3 antwoorden\)/ })
      .parentElement!;
    expect(means.textContent).not.toContain('gehoord');
    expect(means.textContent).toContain('Is de vraag van meerdere kanten bekeken?4');
  });
});

describe('a pair at the end (PAIR-4)', () => {
  it('names both case-givers and shows each one’s own "heard" as theirs, never a mean', () => {
    const sim = seated({ method: { ...testMethod(), caseGiverPair: true } });
    sim.ok(chair, { type: 'assignRole', role: 'coCaseGiver', userId: helper1.userId });
    sim.ok(chair, { type: 'openStage', stage: 'evaluation' });
    sim.ok(caseGiver, { type: 'giveEvaluation', heard: 5, perspectives: 4, method: 4, cooperation: 4 });
    sim.ok(helper1, { type: 'giveEvaluation', heard: 2, perspectives: 4, method: 4, cooperation: 4 });
    sim.ok(chair, { type: 'endMeeting' });
    const room = {
      meetingId: 'm1',
      view: viewFor(sim.state, helper2.userId),
      me: helper2.userId,
      send: () => '',
    };
    render(
      <MemoryRouter>
        <RoomContext.Provider value={room as unknown as Room}>
          <Summary />
        </RoomContext.Provider>
      </MemoryRouter>,
    );
    expect(screen.getByText('Inbrengers: Case-giver en Helper one')).toBeTruthy();
    expect(screen.getByTestId('heard').textContent).toContain('5 van 5');
    expect(screen.getByTestId('heard').textContent).toContain('Case-giver');
    expect(screen.getByTestId('co-heard').textContent).toContain('2 van 5');
    expect(screen.getByTestId('co-heard').textContent).toContain('Helper one');
  });
});
