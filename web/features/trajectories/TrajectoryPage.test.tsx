import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TrajectoryDetail } from '../../../core/api/trajectories';
import { renderPage, serveApi, setUpPageTests } from '../../test/page';
import { TrajectoryPage } from './TrajectoryPage';

setUpPageTests();

const me = { status: 200, body: { user: { id: 'u1', name: 'Anna', email: 'a@example.nl' } } };

function detail(over: Partial<TrajectoryDetail> = {}): TrajectoryDetail {
  return {
    id: 't1',
    groupId: 'g1',
    name: 'Intervisie 2027',
    startsOn: '2027-01-01',
    endsOn: '2027-12-31',
    plannedMeetings: 6,
    mode: 'guided',
    facilitator: { userId: 'f1', name: 'Fenna' },
    previousId: null,
    sharedAggregates: [],
    closedAt: null,
    meetingCount: 2,
    canPlan: false,
    isFacilitator: false,
    meetings: [
      {
        meetingId: 'm1',
        startsAt: '2027-01-12T18:00:00.000Z',
        timeZone: 'Europe/Amsterdam',
        status: 'ended',
        facilitatorMode: 'leads',
        chair: 'Ada',
        method: { nl: 'Incidentmethode', en: 'Incident method' },
        interventions: 3,
        flags: 2,
      },
      {
        meetingId: 'm2',
        startsAt: '2027-02-12T18:00:00.000Z',
        timeZone: 'Europe/Amsterdam',
        status: 'scheduled',
        facilitatorMode: 'observes',
        chair: null,
        method: null,
        interventions: null,
        flags: null,
      },
    ],
    unplanned: [],
    aggregates: { endedMeetings: 1 },
    evaluations: [],
    ...over,
  };
}

const open = (d: TrajectoryDetail, extra: Record<string, { status: number; body: unknown }> = {}) => {
  const sent = serveApi({
    'GET /api/session': me,
    'GET /api/trajectories/t1': { status: 200, body: d },
    ...extra,
  });
  renderPage('/trajectories/t1', '/trajectories/:trajectoryId', <TrajectoryPage />);
  return sent;
};

describe('trajectory page', () => {
  it('a member reads the way to autonomy: the plan, who chaired, interventions and flags, per meeting', async () => {
    open(detail());
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('Facilitator leads');
    expect(rows[1]?.textContent).toContain('Ada');
    expect(rows[1]?.textContent).toContain('Incident method');
    expect(rows[2]?.textContent).toContain('Facilitator observes in the background (no turns)');
    expect(rows[2]?.textContent).toContain('not held yet');
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByText('The group shares no figures on this page (yet).')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Close trajectory' })).toBeNull();
  });

  it('a planner changes the facilitator’s role for a meeting in place', async () => {
    const planned = detail({ canPlan: true });
    const changed = detail({ canPlan: true });
    changed.meetings[1]!.facilitatorMode = 'absent';
    const sent = open(planned, { 'PUT /api/trajectories/t1/meetings/m2': { status: 200, body: changed } });
    const select = await screen.findByRole('combobox', { name: /Facilitator's role on .*February 2027/ });
    fireEvent.change(select, { target: { value: 'absent' } });
    await screen.findByDisplayValue('Facilitator is absent');
    expect(sent.find((s) => s.key.startsWith('PUT'))?.body).toEqual({ facilitatorMode: 'absent' });
    expect(
      screen.getByRole('link', { name: 'Start the next trajectory autonomously' }).getAttribute('href'),
    ).toBe('/groups/g1/trajectories/new?previous=t1');
  });

  it('shared figures show as tables with a caption; the evaluation saves ratings per effect and the sharing chosen', async () => {
    const shared = detail({
      aggregates: {
        endedMeetings: 2,
        participation: [{ name: 'Ada', attended: 2 }],
        methods: { distinct: 2, used: 2 },
      },
    });
    const sent = open(shared, { 'PUT /api/trajectories/t1/evaluation': { status: 200, body: shared } });
    const participation = await screen.findByRole('table', { name: 'Participation' });
    expect(participation.textContent).toContain('present at 2 meetings');
    expect(screen.getByText('2 different methods in 2 meetings')).toBeTruthy();
    const scale = screen.getByRole('group', { name: 'Learning from others (1–5)' });
    fireEvent.click(within(scale).getByRole('radio', { name: '4' }));
    fireEvent.click(screen.getByRole('radio', { name: "Me and the trajectory's facilitator" }));
    fireEvent.click(screen.getByRole('button', { name: 'Save evaluation' }));
    expect((await screen.findByRole('status')).textContent).toBe('Saved.');
    expect(sent.find((s) => s.key.startsWith('PUT'))?.body).toEqual({
      scope: 'individual',
      ratings: { others: 4 },
      text: '',
      sharing: 'facilitator',
    });
  });
});
