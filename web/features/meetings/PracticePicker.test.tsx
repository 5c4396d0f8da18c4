import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MemberList, RotaSuggestion } from '../../../core/api/groups';
import { exampleCases } from '../../../core/practice/example-cases';
import { renderPage, serveApi, setUpPageTests, testGroup } from '../../test/page';
import { ScheduleMeeting } from './ScheduleMeeting';

setUpPageTests();

const member = (userId: string, name: string) => ({
  userId,
  name,
  role: 'member' as const,
  joinedAt: '2026-01-01T00:00:00.000Z',
  acceptedCurrentRules: true,
});
const members: MemberList = {
  members: [member('u1', 'Sanne'), member('u2', 'Pieter'), member('u3', 'Fatima')],
  sizeWarning: false,
  maxMembers: 10,
};
const suggestion: RotaSuggestion = {
  chair: { userId: 'u2', name: 'Pieter' },
  timekeeper: null,
  scribe: null,
};
const method = (id: string, en: string) => ({ id, names: { nl: en, en }, durationMinutes: 90 });
const library = {
  lang: 'all',
  methods: [
    method('incident', 'Incident method'),
    method('force-field', 'Force field analysis'),
    method('dilts', 'Logical levels'),
  ],
};

function serve() {
  return serveApi({
    'GET /api/session': { status: 200, body: { user: { id: 'u1', name: 'Sanne', email: 's@x.nl' } } },
    'GET /api/groups/g1': { status: 200, body: testGroup() },
    'GET /api/groups/g1/members': { status: 200, body: members },
    'GET /api/groups/g1/rota-suggestion': { status: 200, body: suggestion },
    'GET /api/groups/g1/method-versions': { status: 200, body: { versions: [] } },
    'GET /api/methods?lang=all': { status: 200, body: library },
    'POST /api/groups/g1/meetings': (body) =>
      (body as { practice: { caseId: string } }).practice.caseId === ''
        ? {
            status: 400,
            body: {
              error: {
                code: 'validation_failed',
                message: 'x',
                issues: [{ path: 'practice.caseId', message: 'unknown example case' }],
              },
            },
          }
        : { status: 201, body: { id: 'm1' } },
  });
}

describe('planning a practice meeting', () => {
  it('picks an example case by field and method; its method is preselected and its case comes along', async () => {
    const sent = serve();
    renderPage('/groups/g1/meetings/new', '/groups/:groupId/meetings/new', <ScheduleMeeting />);
    fireEvent.click(await screen.findByLabelText('This is a practice meeting with an example case'));
    const cases = await screen.findByRole('radiogroup');
    await within(cases).findByText(`${exampleCases.length} example cases`);

    fireEvent.change(screen.getByLabelText('Field of work'), { target: { value: 'management' } });
    const management = exampleCases.filter((c) => c.field === 'management');
    expect(within(cases).getAllByRole('radio')).toHaveLength(management.length);
    fireEvent.change(screen.getByLabelText('Suits the method'), { target: { value: 'dilts' } });
    expect(within(cases).getAllByRole('radio')).toHaveLength(1);
    const chosen = exampleCases.find((c) => c.id === 'reorganisation-resistance')!;
    expect(within(cases).getByText(chosen.title.en)).toBeTruthy();
    expect(
      within(cases).getByText('Management · suits Force field analysis, sioo, Logical levels'),
    ).toBeTruthy();

    fireEvent.click(within(cases).getByLabelText(new RegExp(chosen.title.en)));
    const shown = screen.getByTestId('practice-case');
    expect(shown.textContent).toContain(chosen.situation.en);
    expect(shown.textContent).toContain(chosen.question.en);
    // The method filtered on suits the case, so it is the planned one rather than the case's first.
    expect((screen.getByLabelText('Planned method') as HTMLSelectElement).value).toBe('lib:dilts');

    // The chair (Pieter, from the suggested rota) never plays the case-giver.
    const giver = screen.getByLabelText('Who plays the case-giver?') as HTMLSelectElement;
    await waitFor(() => expect(giver.options.length).toBe(3));
    expect([...giver.options].map((o) => o.text)).not.toContain('Pieter');
    fireEvent.change(giver, { target: { value: 'u3' } });

    fireEvent.click(screen.getByRole('button', { name: 'Plan meeting' }));
    await waitFor(() => expect(sent.some((s) => s.key === 'POST /api/groups/g1/meetings')).toBe(true));
    const body = sent.find((s) => s.key === 'POST /api/groups/g1/meetings')!.body;
    expect(body).toMatchObject({
      practice: { caseId: chosen.id, caseGiverId: 'u3' },
      methodId: 'dilts',
      methodVersionId: null,
      rota: { chair: 'u2' },
    });
  });

  it('a case from the list without a method filter brings its best method; no case chosen is said at the list', async () => {
    serve();
    renderPage('/groups/g1/meetings/new', '/groups/:groupId/meetings/new', <ScheduleMeeting />);
    fireEvent.click(await screen.findByLabelText('This is a practice meeting with an example case'));
    const cases = await screen.findByRole('radiogroup');
    await within(cases).findByText(`${exampleCases.length} example cases`);
    fireEvent.click(screen.getByRole('button', { name: 'Plan meeting' }));
    expect(await screen.findByText('Choose an example case.')).toBeTruthy();

    const incident = exampleCases.find((c) => c.id === 'parent-evening-complaint')!;
    fireEvent.click(within(cases).getByLabelText(new RegExp(incident.title.en)));
    expect((screen.getByLabelText('Planned method') as HTMLSelectElement).value).toBe('lib:incident');
    // Unticked, it is a real meeting again.
    fireEvent.click(screen.getByLabelText('This is a practice meeting with an example case'));
    expect(screen.queryByRole('radiogroup')).toBeNull();
  });
});
