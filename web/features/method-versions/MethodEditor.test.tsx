import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Group } from '../../../core/api/groups';
import type { MethodVersion } from '../../../core/api/methods';
import { getMethod } from '../../../core/methods/index';
import { type Answer, renderPage, serveApi, setUpPageTests, testGroup } from '../../test/page';
import { EditorPage } from './EditorPage';

const incident = getMethod('incident')!;
const titles = incident.phases.map((p) => p.title.en);
const total = incident.durationMinutes;

const version = (over: Partial<MethodVersion> = {}): MethodVersion => ({
  id: 'v1',
  groupId: 'g1',
  lineageId: 'l1',
  version: 1,
  baseMethodId: 'incident',
  method: incident,
  createdAt: '2026-03-01T10:00:00.000Z',
  createdBy: 'u1',
  usedAt: null,
  history: [{ id: 'v1', version: 1, createdAt: '2026-03-01T10:00:00.000Z', usedAt: null }],
  createdNewVersion: false,
  ...over,
});

const me = { id: 'u1', name: 'Eva', email: 'eva@example.nl', locale: 'en' };

async function open(role: Group['myRole'] = 'admin', extra: Record<string, Answer> = {}) {
  const sent = serveApi({
    'GET /api/session': { status: 200, body: { user: me } },
    'GET /api/groups/g1': { status: 200, body: testGroup({ myRole: role }) },
    'GET /api/groups/g1/method-versions/v1': { status: 200, body: version() },
    ...extra,
  });
  renderPage('/groups/g1/methods/v1', '/groups/:groupId/methods/:versionId', <EditorPage />);
  await screen.findByRole('heading', { level: 1, name: 'Incident method' });
  return sent;
}

const phaseHeadings = () =>
  within(screen.getByRole('region', { name: 'Phases' }))
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent?.replace(/^\d+Phase \d+ /, ''));
const totalText = () => screen.getByText(/^Total duration:/).textContent;
const minutesBoxes = () => screen.getAllByLabelText('Time box (minutes)') as HTMLInputElement[];

setUpPageTests();

describe('group method editor', () => {
  it('updates the total duration as soon as a time box changes, halves included', async () => {
    await open();
    expect(totalText()).toBe(`Total duration: ${total} minutes`);
    const first = incident.phases[0]!.minutes;
    fireEvent.change(minutesBoxes()[0]!, { target: { value: String(first + 2.5) } });
    expect(totalText()).toBe(`Total duration: ${total + 2.5} minutes`);
    expect(screen.getByText('There are changes that have not been saved yet.')).toBeTruthy();
  });

  it('moves a phase down and up with buttons, and focus stays on the moved phase', async () => {
    await open();
    expect(phaseHeadings()).toEqual(titles);
    const down = screen.getByRole('button', { name: `Phase 1, ${titles[0]}, one place down` });
    down.focus();
    fireEvent.click(down);
    expect(phaseHeadings()).toEqual([titles[1], titles[0], ...titles.slice(2)]);
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: `Phase 2, ${titles[0]}, one place down` }),
    );
    expect(screen.getByText(`${titles[0]} is now in place 2 of ${titles.length}.`)).toBeTruthy();
    // Back to the top: its up button is disabled there, so focus lands on its down button.
    fireEvent.click(screen.getByRole('button', { name: `Phase 2, ${titles[0]}, one place up` }));
    expect(phaseHeadings()).toEqual(titles);
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: `Phase 1, ${titles[0]}, one place down` }),
    );
  });

  it('removes a phase: it leaves the list and its minutes leave the total', async () => {
    await open();
    fireEvent.click(screen.getByRole('button', { name: `Remove phase 2, ${titles[1]}` }));
    expect(phaseHeadings()).toEqual([titles[0], ...titles.slice(2)]);
    expect(totalText()).toBe(`Total duration: ${total - incident.phases[1]!.minutes} minutes`);
    expect(document.activeElement?.textContent).toContain(titles[2]);
  });

  it('saves the new order and says so when the server made a new version of a used one', async () => {
    const saved = version({ id: 'v2', version: 2, createdNewVersion: true });
    const sent = await open('admin', {
      'PUT /api/groups/g1/method-versions/v1': { status: 201, body: saved },
      'GET /api/groups/g1/method-versions/v2': { status: 200, body: saved },
    });
    fireEvent.click(screen.getByRole('button', { name: `Phase 1, ${titles[0]}, one place down` }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved as version 2.')).toBeTruthy();
    const put = sent.find((s) => s.key.startsWith('PUT'))!.body as { phases: { id: string }[] };
    expect(put.phases.map((p) => p.id)).toEqual([
      incident.phases[1]!.id,
      incident.phases[0]!.id,
      ...incident.phases.slice(2).map((p) => p.id),
    ]);
  });

  it('LIFE-8: offers "reveal without names" only for a phase where everyone writes on their own, and saves it', async () => {
    const sent = await open('admin', {
      'PUT /api/groups/g1/method-versions/v1': { status: 200, body: version() },
    });
    // Open every phase's building blocks.
    for (const summary of screen.getAllByText('Building blocks of this phase')) {
      const details = summary.closest('details')!;
      details.open = true;
      fireEvent(details, new Event('toggle'));
    }
    const boxes = await screen.findAllByRole('checkbox', { name: 'Reveal without names' });
    const privatePhases = incident.phases.filter((p) => p.turns === 'individual');
    expect(boxes).toHaveLength(privatePhases.length);
    fireEvent.click(boxes[0]!);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent.some((s) => s.key.startsWith('PUT'))).toBe(true));
    const put = sent.find((s) => s.key.startsWith('PUT'))!.body as {
      phases: { id: string; anonymous?: boolean }[];
    };
    expect(put.phases.filter((p) => p.anonymous).map((p) => p.id)).toEqual([privatePhases[0]!.id]);
  });

  it("shows the server's refusal at the time box it concerns", async () => {
    await open('admin', {
      'PUT /api/groups/g1/method-versions/v1': {
        status: 400,
        body: {
          error: {
            code: 'method_minutes_invalid',
            message: 'A time box lasts more than 0 minutes.',
            issues: [{ path: 'phases.0.minutes', message: 'A time box lasts more than 0 minutes.' }],
          },
        },
      },
    });
    fireEvent.change(minutesBoxes()[0]!, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('A time box lasts more than 0 minutes.')).toBeTruthy();
    expect(minutesBoxes()[0]!.getAttribute('aria-invalid')).toBe('true');
    // Focus moves in an effect after the error renders: wait for it rather than race it.
    await waitFor(() => expect(document.activeElement).toBe(minutesBoxes()[0]));
  });

  it('shows a plain member the method without edit controls', async () => {
    await open('member');
    expect(screen.getByText('You can view this method. Admins and facilitators adjust it.')).toBeTruthy();
    expect(screen.queryAllByLabelText('Time box (minutes)')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(screen.queryByRole('button', { name: /one place down/ })).toBeNull();
  });
});
