import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Onboarding, OnboardingStep } from '../../../core/api/onboarding';
import { serveApi, setUpPageTests } from '../../test/page';
import { OnboardingChecklist } from './OnboardingChecklist';

setUpPageTests();

const state = (done: OnboardingStep[], over: Partial<Onboarding> = {}): Onboarding => ({
  steps: (['group', 'rules', 'meeting', 'invite', 'projector'] as const).map((id) => ({
    id,
    done: done.includes(id),
  })),
  groupId: 'g1',
  meetingId: null,
  dismissed: false,
  ...over,
});

const show = () =>
  render(
    <MemoryRouter>
      <OnboardingChecklist />
    </MemoryRouter>,
  );

describe('onboarding checklist', () => {
  it('shows the steps in order, ticks off what is done and links each open step to where it is taken', async () => {
    serveApi({ 'GET /api/me/onboarding': { status: 200, body: state(['group', 'rules']) } });
    show();
    const list = await screen.findByRole('region', { name: 'Your first meeting in five steps' });
    expect(list.textContent).toContain('2 of 5 steps done');
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.onboarding-step-title')?.textContent)).toEqual([
      'Start a group or join one',
      'Agree the ground rules',
      'Plan the first meeting',
      'Invite your colleagues',
      'Open the projector view',
    ]);
    // Screen readers hear each step's state before its title; the tick itself is decoration.
    expect(items.map((li) => li.querySelector('.visually-hidden')?.textContent)).toEqual([
      'done:',
      'done:',
      'to do:',
      'to do:',
      'to do:',
    ]);
    expect(items[2]?.getAttribute('aria-current')).toBe('step');
    expect(screen.getByRole('link', { name: 'Plan the first meeting' }).getAttribute('href')).toBe(
      '/groups/g1/meetings/new',
    );
    expect(screen.getByRole('link', { name: 'Invite your colleagues' }).getAttribute('href')).toBe(
      '/groups/g1#invite-title',
    );
    // Done steps are no longer links; the projector needs a meeting first.
    expect(screen.queryByRole('link', { name: 'Agree the ground rules' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Open the projector view' })).toBeNull();
  });

  it('leads a newcomer without a group to start one', async () => {
    serveApi({ 'GET /api/me/onboarding': { status: 200, body: state([], { groupId: null }) } });
    show();
    const link = await screen.findByRole('link', { name: 'Start a group or join one' });
    expect(link.getAttribute('href')).toBe('/groups/new');
    expect(screen.getByText(/open the invitation link a colleague sent you/)).toBeTruthy();
  });

  it('is gone when every step is done, and when it was closed', async () => {
    serveApi({
      'GET /api/me/onboarding': {
        status: 200,
        body: state(['group', 'rules', 'meeting', 'invite', 'projector']),
      },
    });
    const { container } = show();
    await waitFor(() => expect(container.textContent).toBe(''));
  });

  it('closes on request and stays closed; a failure says so', async () => {
    const sent = serveApi({
      'GET /api/me/onboarding': { status: 200, body: state(['group']) },
      'POST /api/me/onboarding': { status: 200, body: state(['group'], { dismissed: true }) },
    });
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Hide this list' }));
    await waitFor(() => expect(screen.queryByRole('region')).toBeNull());
    expect(sent.at(-1)).toEqual({ key: 'POST /api/me/onboarding', body: { mark: 'dismissed' } });

    serveApi({
      'GET /api/me/onboarding': { status: 200, body: state(['group']) },
      'POST /api/me/onboarding': { status: 500, body: { error: { code: 'internal', message: 'x' } } },
    });
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Hide this list' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The list could not be hidden. Please try again.',
    );
  });
});
