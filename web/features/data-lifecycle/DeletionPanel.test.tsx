import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage, serveApi, setUpPageTests } from '../../test/page';
import { DeletionPanel } from './DeletionPanel';

setUpPageTests();

const me = { id: 'u1', name: 'Anna', email: 'anna@example.nl', locale: 'en' };
const session = { 'GET /api/session': { status: 200, body: { user: me } } };
const kring = { id: 'g1', name: 'Kring Noord', memberCount: 4 };

describe('account deletion panel', () => {
  it('ACCOUNT-2, ACCOUNT-3: lists the groups to hand over first and the groups that close with the account; no deletion while one waits', async () => {
    serveApi({
      ...session,
      'GET /api/me/deletion': {
        status: 200,
        body: { lastAdminOf: [kring], closes: [{ id: 'g2', name: 'Alleen ik' }] },
      },
    });
    renderPage('/account', '/account', <DeletionPanel />);
    expect(await screen.findByText(/^You are the last admin of these groups/)).toBeTruthy();
    const item = screen.getByText('Kring Noord').closest('li')!;
    expect(within(item).getByRole('link', { name: 'Hand over admin' }).getAttribute('href')).toBe(
      '/groups/g1',
    );
    expect(within(item).getByRole('button', { name: 'Close the group Kring Noord' })).toBeTruthy();
    const closes = screen.getByText(/^These groups have no other members/).nextElementSibling!;
    expect(
      within(closes as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Alleen ik']);
    expect(screen.queryByLabelText('Confirm with your password')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete my account' })).toBeNull();
  });

  it('ACCOUNT-2: closing a group takes a second click; afterwards the password form appears', async () => {
    let closed = false;
    const sent = serveApi({
      ...session,
      'GET /api/me/deletion': () => ({
        status: 200,
        body: { lastAdminOf: closed ? [] : [kring], closes: [] },
      }),
      'DELETE /api/groups/g1': () => {
        closed = true;
        return { status: 200, body: {} };
      },
    });
    renderPage('/account', '/account', <DeletionPanel />);
    fireEvent.click(await screen.findByRole('button', { name: 'Close the group Kring Noord' }));
    expect(screen.getByRole('alert').textContent).toMatch(/^Close the group Kring Noord\? All its meetings/);
    expect(sent.some((s) => s.key === 'DELETE /api/groups/g1')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Close the group Kring Noord' }));
    expect(await screen.findByLabelText('Confirm with your password')).toBeTruthy();
    expect(screen.queryByText('Kring Noord')).toBeNull();
    expect(sent.filter((s) => s.key === 'DELETE /api/groups/g1')).toHaveLength(1);
  });

  it('ACCOUNT-1: with nothing to hand over the password deletes the account; a wrong one is refused on the spot', async () => {
    const sent = serveApi({
      ...session,
      'GET /api/me/deletion': { status: 200, body: { lastAdminOf: [], closes: [] } },
      'POST /api/auth/delete-user': (body) =>
        (body as { password: string }).password === 'juist wachtwoord 1'
          ? { status: 200, body: { success: true } }
          : {
              status: 401,
              body: {
                error: { code: 'invalid_credentials', message: 'Email address or password is incorrect.' },
              },
            },
    });
    renderPage('/account', '/account', <DeletionPanel />);
    expect(screen.getByRole('status').textContent).toBe('Checking whether you are the last admin anywhere…');
    const password = await screen.findByLabelText('Confirm with your password');
    expect(screen.getByText(/'former member' instead of your name/)).toBeTruthy();
    fireEvent.change(password, { target: { value: 'fout' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete my account' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Email address or password is incorrect.',
    );
    fireEvent.change(password, { target: { value: 'juist wachtwoord 1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete my account' }));
    // Deleted: the session is asked again and the page leaves for the start page.
    await waitFor(() => expect(screen.queryByLabelText('Confirm with your password')).toBeNull());
    expect(sent.filter((s) => s.key === 'GET /api/session')).toHaveLength(2);
    expect(sent.filter((s) => s.key === 'POST /api/auth/delete-user').map((s) => s.body)).toEqual([
      { password: 'fout' },
      { password: 'juist wachtwoord 1' },
    ]);
  });
});
