import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LearningRecord, ReflectionForm } from '../../../core/api/learning';
import { renderPage, serveApi, setUpPageTests } from '../../test/page';
import { LearningPage } from './LearningPage';
import { ReflectionPage } from './ReflectionPage';

setUpPageTests();

const session = { status: 200, body: { user: { id: 'u1', name: 'Anna', email: 'a@example.nl' } } };
const reflection = (meetingId: string, startsAt: string, ratings: Record<string, number>, takeaway = '') => ({
  meetingId,
  startsAt,
  timeZone: 'Europe/Amsterdam',
  ratings,
  takeaway,
  dimensions: {},
  sharing: 'private' as const,
});

describe('learning record', () => {
  it('shows the growth per effect as a table and in words, with the question and the actions from one’s cases', async () => {
    const record: LearningRecord = {
      trajectories: [
        {
          trajectoryId: 't1',
          name: 'Jaar 1',
          groupName: 'Wijkteam Noord',
          question: {
            text: 'Grenzen stellen',
            effects: ['self', 'repertoire'],
            sharing: 'private',
            updatedAt: '',
          },
          reflections: [
            reflection('m1', '2027-01-12T18:00:00.000Z', { self: 2, repertoire: 3 }, 'Eerst vragen'),
            reflection('m2', '2027-02-12T18:00:00.000Z', { self: 4 }),
          ],
        },
      ],
    };
    serveApi({
      'GET /api/session': session,
      'GET /api/me/learning': { status: 200, body: record },
      'GET /api/me/actions': {
        status: 200,
        body: {
          actions: [
            {
              id: 'a1',
              userId: 'u1',
              userName: 'Anna',
              groupId: 'g1',
              groupName: 'W',
              meetingId: 'm1',
              caseId: 'c1',
              text: 'Gesprek plannen',
              status: 'done',
              followUp: 'Gedaan op maandag',
              createdAt: '2027-01-12T20:00:00.000Z',
            },
            {
              id: 'a2',
              userId: 'u1',
              userName: 'Anna',
              groupId: 'g1',
              groupName: 'W',
              meetingId: 'm1',
              caseId: null,
              text: 'Iets voor een ander',
              status: 'open',
              followUp: '',
              createdAt: '2027-01-12T20:00:00.000Z',
            },
          ],
        },
      },
    });
    renderPage('/me/learning', '/me/learning', <LearningPage />);
    const table = await screen.findByRole('table', { name: 'Scores per meeting' });
    const rows = within(table).getAllByRole('row');
    expect(rows[0]?.textContent).toContain('Insight into my strengths and weaknesses');
    expect(rows[2]?.textContent).toContain('4');
    expect(rows[2]?.textContent).toContain('—');
    expect(
      screen.getByText('Insight into my strengths and weaknesses: from 2 to 4 over 2 meetings.'),
    ).toBeTruthy();
    expect(screen.getByText('A more flexible repertoire: 3 after 1 meeting.')).toBeTruthy();
    expect((screen.getByLabelText(/^Learning question/) as HTMLTextAreaElement).value).toBe(
      'Grenzen stellen',
    );
    expect(await screen.findByText('Gesprek plannen')).toBeTruthy();
    expect(screen.getByText('Follow-up: Gedaan op maandag')).toBeTruthy();
    expect(screen.queryByText('Iets voor een ander')).toBeNull();
  });

  it('the reflection asks for the effects of one’s question, refuses to save without a score, then saves', async () => {
    const form: ReflectionForm = {
      meetingId: 'm1',
      startsAt: '2027-01-12T18:00:00.000Z',
      timeZone: 'Europe/Amsterdam',
      groupName: 'Wijkteam Noord',
      ended: true,
      countable: true,
      effects: ['self', 'repertoire'],
      question: 'Grenzen stellen',
      mine: null,
    };
    const sent = serveApi({
      'GET /api/session': session,
      'GET /api/meetings/m1/reflection': { status: 200, body: form },
      'PUT /api/meetings/m1/reflection': { status: 200, body: form },
    });
    renderPage('/meetings/m1/reflection', '/meetings/:meetingId/reflection', <ReflectionPage />);
    expect(await screen.findByText('Your learning question: Grenzen stellen')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Learning from others (1–5)' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Rate at least one effect.');
    const self = screen.getByRole('group', { name: 'Insight into my strengths and weaknesses (1–5)' });
    fireEvent.click(within(self).getByRole('radio', { name: '5' }));
    fireEvent.change(screen.getByLabelText(/^What do I take with me/), { target: { value: 'Eerst vragen' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Thank you. Your reflection is in your learning record.',
    );
    expect(sent.find((s) => s.key.startsWith('PUT'))?.body).toEqual({
      ratings: { self: 5 },
      takeaway: 'Eerst vragen',
      dimensions: { technical: '', normative: '', personal: '' },
      sharing: 'private',
    });
  });
});
