import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../lib/i18n';
import { ConnectionBanner } from './ConnectionBanner';

beforeEach(() => setLocale('nl'));
afterEach(cleanup);

describe('connection banner', () => {
  it('SIGNED-OUT: says to sign in again with a link that comes back to this page (the projector too)', () => {
    render(
      <MemoryRouter initialEntries={['/meetings/m1/present']}>
        <ConnectionBanner status="closed" attempts={0} pending={0} lostAccess="unauthenticated" />
      </MemoryRouter>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Log opnieuw in');
    const link = screen.getByRole('link', { name: 'Inloggen' });
    expect(link.getAttribute('href')).toBe(`/sign-in?next=${encodeURIComponent('/meetings/m1/present')}`);
  });
});
