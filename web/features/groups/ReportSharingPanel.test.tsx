import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { serveApi, setUpPageTests, testGroup } from '../../test/page';
import { ReportSharingPanel } from './ReportSharingPanel';

/** Answers the PUT like the server would and keeps what was sent. */
const serve = (status: number, body: unknown) =>
  serveApi({ 'PUT /api/groups/g1/report-sharing': { status, body } });

const description = (radio: HTMLElement) =>
  document.getElementById(radio.getAttribute('aria-describedby') ?? '')?.textContent;

setUpPageTests();

describe('report sharing panel', () => {
  it('REPORT-6: an admin sees the three levels explained, the current one chosen, and saves another with a clear confirmation', async () => {
    const sent = serve(200, { level: 'everything' });
    const onSaved = vi.fn();
    render(<ReportSharingPanel group={testGroup()} onSaved={onSaved} />);
    const fieldset = screen.getByRole('group', { name: 'What do the others see of a report?' });
    expect(fieldset).toBeTruthy();
    const summary = screen.getByRole('radio', { name: 'Summary only' }) as HTMLInputElement;
    const contributions = screen.getByRole('radio', { name: 'Summary and contributions' });
    const everything = screen.getByRole('radio', { name: 'The whole report' }) as HTMLInputElement;
    expect(summary.checked).toBe(true);
    expect(description(summary)).toMatch(/^Only the case-giver sees the whole report/);
    expect(description(contributions)).toMatch(/not the decision, the actions or the learning points/);
    expect(description(everything)).toMatch(/learning points someone kept to themselves stay private/);

    fireEvent.click(everything);
    expect(everything.checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save choice' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Saved. Your group now shares: The whole report.',
    );
    expect(sent).toEqual([{ key: 'PUT /api/groups/g1/report-sharing', body: { level: 'everything' } }]);
    expect(onSaved).toHaveBeenCalledOnce();
  });

  it('REPORT-6: a refusal is shown as an alert and nothing is said to be saved', async () => {
    serve(403, { error: { code: 'forbidden', message: 'Only admins may do this.' } });
    const onSaved = vi.fn();
    render(<ReportSharingPanel group={testGroup({ reportSharing: 'contributions' })} onSaved={onSaved} />);
    expect(
      (screen.getByRole('radio', { name: 'Summary and contributions' }) as HTMLInputElement).checked,
    ).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Summary only' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save choice' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Only admins may do this.');
    expect(screen.getByRole('status').textContent).toBe('');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('REPORT-3: a member reads what the group shares, without controls', () => {
    render(
      <ReportSharingPanel
        group={testGroup({ myRole: 'facilitator', reportSharing: 'contributions' })}
        onSaved={() => {}}
      />,
    );
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('Your group now shares: Summary and contributions.')).toBeTruthy();
    expect(screen.getByText(/^The others also see the case-giver's question/)).toBeTruthy();
    expect(screen.getByText('Only admins can change this.')).toBeTruthy();
  });
});
