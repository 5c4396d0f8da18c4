import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { serveApi, setUpPageTests, testGroup } from '../../test/page';
import { RetentionPanel } from './RetentionPanel';

setUpPageTests();

const retention = (days: number | null) => ({
  status: 200,
  body: { days, changedAt: days === null ? null : '2026-03-01T10:00:00.000Z' },
});

describe('retention panel', () => {
  it('LOG-8: an admin sees the current period chosen, picks another and is told it was saved', async () => {
    const sent = serveApi({
      'GET /api/groups/g1/retention': retention(90),
      'PUT /api/groups/g1/retention': retention(30),
    });
    render(<RetentionPanel group={testGroup()} />);
    const ninety = (await screen.findByRole('radio', {
      name: '90 days after the meeting',
    })) as HTMLInputElement;
    expect(ninety.checked).toBe(true);
    const options = screen.getAllByRole('radio').map((r) => r.parentElement?.textContent);
    expect(options).toEqual([
      '30 days after the meeting',
      '90 days after the meeting',
      '365 days after the meeting',
      'Keep until the group chooses otherwise',
    ]);
    fireEvent.click(screen.getByRole('radio', { name: '30 days after the meeting' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save retention' }));
    expect((await screen.findByText('Saved.')).closest('[role="status"]')).toBeTruthy();
    expect(sent.at(-1)).toEqual({ key: 'PUT /api/groups/g1/retention', body: { days: 30 } });
  });

  it('LOG-8: a refused save is an alert and nothing is said to be saved', async () => {
    serveApi({
      'GET /api/groups/g1/retention': retention(null),
      'PUT /api/groups/g1/retention': {
        status: 403,
        body: { error: { code: 'forbidden', message: 'You do not have access to this.' } },
      },
    });
    render(<RetentionPanel group={testGroup()} />);
    const keep = (await screen.findByRole('radio', {
      name: 'Keep until the group chooses otherwise',
    })) as HTMLInputElement;
    expect(keep.checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: '365 days after the meeting' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save retention' }));
    expect((await screen.findByRole('alert')).textContent).toContain('You do not have access to this.');
    expect(screen.queryByText('Saved.')).toBeNull();
  });

  it('LOG-8: a member reads how long the group keeps content, without controls', async () => {
    serveApi({ 'GET /api/groups/g1/retention': retention(30) });
    render(<RetentionPanel group={testGroup({ myRole: 'member' })} />);
    expect(await screen.findByText('Your group keeps content for 30 days after each meeting.')).toBeTruthy();
    expect(screen.getByText('Only admins can change this.')).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
