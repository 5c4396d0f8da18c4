import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage, serveApi, setUpPageTests } from '../../test/page';
import { InvitePage } from './InvitePage';

const preview = (full: boolean) => ({
  groupName: 'Wijkteam Noord',
  groupDescription: '',
  language: 'nl',
  memberCount: full ? 10 : 4,
  full,
  expiresAt: '2030-01-01T00:00:00.000Z',
});
const me = { id: 'u1', name: 'Eva', email: 'eva@example.nl', locale: 'en' };

const renderAt = (path: string) => renderPage(path, '/invite/:token', <InvitePage />);

setUpPageTests();

describe('invite page', () => {
  it('keeps the invite through sign-up and sign-in for a signed-out visitor', async () => {
    serveApi({
      'GET /api/invites/abc': { status: 200, body: preview(false) },
      'GET /api/session': { status: 200, body: { user: null } },
    });
    renderAt('/invite/abc');
    expect(await screen.findByRole('heading', { name: 'Wijkteam Noord' })).toBeTruthy();
    expect((await screen.findByRole('link', { name: 'Create account' })).getAttribute('href')).toBe(
      '/sign-up?next=%2Finvite%2Fabc',
    );
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe(
      '/sign-in?next=%2Finvite%2Fabc',
    );
  });

  it('tells clearly that a full group cannot take another member', async () => {
    serveApi({
      'GET /api/invites/abc': { status: 200, body: preview(true) },
      'GET /api/session': { status: 200, body: { user: me } },
    });
    renderAt('/invite/abc');
    expect((await screen.findByRole('alert')).textContent).toMatch(/already has 10 members and is full/);
    expect(
      ((await screen.findByRole('button', { name: 'Join Wijkteam Noord' })) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it("shows the server's refusal when the group filled up in the meantime", async () => {
    serveApi({
      'GET /api/invites/abc': { status: 200, body: preview(false) },
      'GET /api/session': { status: 200, body: { user: me } },
      'POST /api/invites/abc/accept': {
        status: 409,
        body: {
          error: {
            code: 'group_full',
            message: 'This group is full: an intervision group has at most 10 members.',
          },
        },
      },
    });
    renderAt('/invite/abc');
    fireEvent.click(await screen.findByRole('button', { name: 'Join Wijkteam Noord' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/at most 10 members/);
  });

  it('explains an expired or revoked invitation', async () => {
    serveApi({
      'GET /api/invites/old': {
        status: 404,
        body: { error: { code: 'invite_invalid', message: 'This invitation has expired or was revoked.' } },
      },
      'GET /api/session': { status: 200, body: { user: me } },
    });
    renderAt('/invite/old');
    expect((await screen.findByRole('alert')).textContent).toMatch(/expired or was revoked/);
  });
});
