import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage, serveApi, setUpPageTests } from '../../test/page';
import { ActivitiesPage } from './ActivitiesPage';
import { ActivityPage } from './ActivityPage';
import { CancelSignupPage } from './SignupLinkPage';
import { activity, noSession } from './test-fixtures';

setUpPageTests();

describe('upcoming activities', () => {
  it('lists activities with their first meeting in the activity’s time zone and the places left', async () => {
    serveApi({ ...noSession, 'GET /api/activities': { status: 200, body: { activities: [activity()] } } });
    renderPage('/activities', '/activities', <ActivitiesPage />);
    const link = await screen.findByRole('link', { name: 'Guided intervision for youth workers' });
    expect(link.getAttribute('href')).toBe('/activities/a1');
    const card = link.closest('li')!;
    expect(card.textContent).toContain('By Praktijk Noord');
    // 13:00 UTC is 2 in the afternoon in Amsterdam in January.
    expect(card.textContent).toContain('Mon, January 13, 2031 at 2:00 PM');
    expect(card.textContent).toContain('2 meetings');
    expect(card.textContent).toContain('1 place left');
  });

  it('passes the filters to the server and says when nothing matches', async () => {
    const sent = serveApi({
      ...noSession,
      'GET /api/activities': { status: 200, body: { activities: [activity()] } },
      'GET /api/activities?mode=online': { status: 200, body: { activities: [] } },
    });
    renderPage('/activities', '/activities', <ActivitiesPage />);
    await screen.findByRole('link', { name: 'Guided intervision for youth workers' });
    fireEvent.change(screen.getByLabelText('Format'), { target: { value: 'online' } });
    expect(await screen.findByRole('heading', { name: 'No activities found' })).toBeTruthy();
    expect(sent.map((s) => s.key)).toContain('GET /api/activities?mode=online');
  });

  it('a visitor without an account signs up with name and address and is told to confirm by mail', async () => {
    const sent = serveApi({
      ...noSession,
      'GET /api/activities/a1': { status: 200, body: activity() },
      'POST /api/activities/a1/signups': { status: 200, body: { status: 'checkEmail' } },
    });
    renderPage('/activities/a1', '/activities/:activityId', <ActivityPage />);
    await screen.findByRole('heading', { level: 1, name: 'Guided intervision for youth workers' });
    expect(screen.getByText('SKJ: 2.5 hours per meeting')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Gijs' } });
    fireEvent.change(screen.getByLabelText('E-mail address'), { target: { value: 'gijs@example.nl' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    expect((await screen.findByRole('status')).textContent).toMatch(
      /^Almost done: open the link in the mail/,
    );
    expect(sent.at(-1)).toEqual({
      key: 'POST /api/activities/a1/signups',
      body: { name: 'Gijs', email: 'gijs@example.nl' },
    });
  });

  it('a full activity offers the waiting list', async () => {
    serveApi({ ...noSession, 'GET /api/activities/a1': { status: 200, body: activity({ placesLeft: 0 }) } });
    renderPage('/activities/a1', '/activities/:activityId', <ActivityPage />);
    expect(await screen.findByRole('button', { name: 'Join the waiting list' })).toBeTruthy();
    expect(screen.getByText('Full: signing up puts you on the waiting list')).toBeTruthy();
  });

  it('the cancel link acts only on a click, and says when the link no longer works', async () => {
    const sent = serveApi({
      ...noSession,
      'POST /api/activity-signups/cancel': {
        status: 410,
        body: { error: { code: 'signup_invalid', message: 'This link does not work (any more).' } },
      },
    });
    renderPage('/activities/cancel/tok123', '/activities/cancel/:token', <CancelSignupPage />);
    const button = await screen.findByRole('button', { name: 'Cancel my place' });
    expect(sent.filter((s) => s.key.startsWith('POST'))).toEqual([]);
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('This link does not work'));
    expect(sent.at(-1)).toEqual({ key: 'POST /api/activity-signups/cancel', body: { token: 'tok123' } });
  });
});
