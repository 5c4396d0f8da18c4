import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { serveApi, setUpPageTests } from '../../test/page';
import { AccessLogPanel } from './AccessLogPanel';

setUpPageTests();

const entry = (name: string | null, kind: string, at: string) => ({
  name,
  kind,
  meetingId: 'm1',
  meetingStartsAt: '2026-03-02T18:00:00.000Z',
  at,
});

describe('access log panel', () => {
  it('AUDIT-2: an admin reads who read or downloaded what, a deleted account as former member', async () => {
    serveApi({
      'GET /api/groups/g1/access-log': {
        status: 200,
        body: {
          entries: [
            entry('Carla Helper', 'report.pdf', '2026-03-04T09:15:00.000Z'),
            entry(null, 'attendance.csv', '2026-03-03T20:00:00.000Z'),
          ],
        },
      },
    });
    render(<AccessLogPanel groupId="g1" />);
    const table = await screen.findByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .map((row) =>
        within(row)
          .queryAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Who', 'What', 'Meeting of', 'When']);
    expect(rows.slice(1).map((cells) => cells.slice(0, 2))).toEqual([
      ['Carla Helper', 'downloaded a report (PDF)'],
      ['former member', 'downloaded attendance (CSV)'],
    ]);
    expect(rows[1]![2]).toMatch(/2026/);
  });

  it('AUDIT-2: with nothing read yet it says so instead of an empty table', async () => {
    serveApi({ 'GET /api/groups/g1/access-log': { status: 200, body: { entries: [] } } });
    render(<AccessLogPanel groupId="g1" />);
    expect(await screen.findByText('Nobody has read a report or attendance list yet.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('AUDIT-2: a refusal is shown, not an empty trail', async () => {
    serveApi({
      'GET /api/groups/g1/access-log': {
        status: 403,
        body: { error: { code: 'forbidden', message: 'You do not have access to this.' } },
      },
    });
    render(<AccessLogPanel groupId="g1" />);
    expect((await screen.findByRole('alert')).textContent).toContain('You do not have access to this.');
    expect(screen.queryByText('Nobody has read a report or attendance list yet.')).toBeNull();
  });
});
