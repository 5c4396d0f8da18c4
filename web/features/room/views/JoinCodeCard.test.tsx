import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { serveApi, setUpPageTests } from '../../../test/page';
import { JoinCodeCard } from './JoinCodeCard';

setUpPageTests();

describe('join code card', () => {
  it('MEDIUM-6: the chair makes a new code and is told the old one no longer works', async () => {
    const sent = serveApi({
      'POST /api/meetings/m1/join-code/rotate': {
        status: 200,
        body: { code: 'KXW7PQ3M', addresses: ['http://192.168.1.20:3000'] },
      },
    });
    render(<JoinCodeCard meetingId="m1" />);
    expect(screen.getByRole('heading', { name: 'Code for guests' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Make a new code' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'New code: KXW7PQ3M. The old code no longer works.',
    );
    expect(sent.map((s) => s.key)).toEqual(['POST /api/meetings/m1/join-code/rotate']);
  });

  it('MEDIUM-6: a refusal is shown as an alert and no new code is claimed', async () => {
    serveApi({
      'POST /api/meetings/m1/join-code/rotate': {
        status: 403,
        body: { error: { code: 'forbidden', message: 'You do not have access to this.' } },
      },
    });
    render(<JoinCodeCard meetingId="m1" />);
    fireEvent.click(screen.getByRole('button', { name: 'Make a new code' }));
    expect((await screen.findByRole('alert')).textContent).toContain('You do not have access to this.');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
