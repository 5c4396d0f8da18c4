import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProviderActivity } from '../../../core/api/activities';
import { renderPage, serveApi, setUpPageTests } from '../../test/page';
import { ActivityPage } from './ActivityPage';
import { ProviderProfilePage } from './ProviderProfilePage';
import { ManageActivityPage } from './provider/ManageActivityPage';
import { activity, noSession } from './test-fixtures';

setUpPageTests();

const signedIn = {
  'GET /api/session': { status: 200, body: { user: { id: 'u1', name: 'Pien', email: 'p@x.nl' } } },
};
const own = (over: Partial<ProviderActivity> = {}): ProviderActivity => ({
  ...activity({ placesLeft: 0, capacity: 2 }),
  status: 'published',
  facilitatorId: 'u1',
  confirmed: 2,
  waiting: 1,
  groupId: null,
  ...over,
});

describe('activities: public data and the provider side', () => {
  it('the activity page links to the provider, a calendar file and a flyer', async () => {
    serveApi({ ...noSession, 'GET /api/activities/a1': { status: 200, body: activity() } });
    renderPage('/activities/a1', '/activities/:activityId', <ActivityPage />);
    await screen.findByRole('heading', { level: 1, name: 'Guided intervision for youth workers' });
    expect(screen.getByRole('link', { name: 'Praktijk Noord' }).getAttribute('href')).toBe(
      '/providers/praktijk',
    );
    expect(screen.getByRole('link', { name: 'Add to your calendar (.ics)' }).getAttribute('href')).toBe(
      '/api/activities/a1/calendar.ics?lang=en',
    );
    expect(screen.getByRole('link', { name: 'Printable flyer (PDF)' }).getAttribute('href')).toBe(
      '/api/activities/a1/flyer.pdf?lang=en',
    );
  });

  it('a cancelled activity says so and offers no sign-up', async () => {
    serveApi({
      ...noSession,
      'GET /api/activities/a1': { status: 200, body: activity({ cancelled: true }) },
    });
    renderPage('/activities/a1', '/activities/:activityId', <ActivityPage />);
    expect(await screen.findByText(/This activity has been cancelled/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Sign up|waiting list/ })).toBeNull();
  });

  it('the provider profile lists what the provider offers', async () => {
    serveApi({
      ...noSession,
      'GET /api/providers/praktijk': {
        status: 200,
        body: {
          id: 'p1',
          slug: 'praktijk',
          name: 'Praktijk Noord',
          description: 'Begeleiding.',
          website: null,
          activities: [activity()],
        },
      },
    });
    renderPage('/providers/praktijk', '/providers/:slug', <ProviderProfilePage />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Praktijk Noord' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Guided intervision for youth workers' })).toBeTruthy();
  });

  it('the provider sees who is in and who waits, writes to them and starts the group', async () => {
    const sent = serveApi({
      ...signedIn,
      'GET /api/providers/praktijk/activities': { status: 200, body: { activities: [own()] } },
      'GET /api/providers/praktijk/members': {
        status: 200,
        body: { members: [{ id: 'u1', name: 'Pien', email: 'p@x.nl' }] },
      },
      'GET /api/activities/a1/signups': {
        status: 200,
        body: {
          signups: [
            { name: 'Mila', email: 'mila@x.nl', status: 'confirmed', at: '2030-01-01T10:00:00.000Z' },
            { name: 'Tom', email: 'tom@x.nl', status: 'waiting', at: '2030-01-02T10:00:00.000Z' },
          ],
        },
      },
      'POST /api/activities/a1/messages': { status: 200, body: { sent: 1 } },
      'POST /api/activities/a1/start': { status: 200, body: { groupId: 'g1' } },
    });
    renderPage(
      '/provider/praktijk/activities/a1',
      '/provider/:slug/activities/:activityId',
      <ManageActivityPage />,
    );
    const table = await screen.findByRole('table', {}, { timeout: 5000 });
    expect(table.textContent).toContain('mila@x.nl');
    expect(table.textContent).toContain('Waiting list');
    fireEvent.change(screen.getByLabelText('Subject'), { target: { value: 'Voorbereiding' } });
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'Neem een casus mee.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect((await screen.findByText('Sent to 1 person.')).textContent).toBeTruthy();
    expect(sent.find((s) => s.key === 'POST /api/activities/a1/messages')?.body).toEqual({
      subject: 'Voorbereiding',
      body: 'Neem een casus mee.',
      includeWaiting: false,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Start the group now' }));
    await waitFor(() => expect(sent.map((s) => s.key)).toContain('POST /api/activities/a1/start'));
  });
});
