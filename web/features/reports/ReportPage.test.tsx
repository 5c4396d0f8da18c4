import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReportReading, ReportResponse } from '../../../core/api/reports';
import { setLocale } from '../../lib/i18n';
import { SessionProvider } from '../../lib/session';
import { ReportPage } from './ReportPage';

const me = { id: 'u1', name: 'Dirk', email: 'dirk@example.nl', locale: 'en' };
const response = (reading: ReportReading): ReportResponse => ({
  report: {
    meetingId: 'm1',
    method: { id: 'x', names: { nl: 'Incidentmethode', en: 'Incident method' } },
    caseGiver: 'Bram',
    ended: true,
    sections: [{ kind: 'evaluation', count: 2, heard: 5, perspectives: 4, method: 4, cooperation: 4.5 }],
  },
  meta: { groupName: 'Kring Oost', date: '2026-03-02' },
  participants: ['Anna', 'Bram', 'Dirk'],
  reading,
});

function renderWith(body: ReportResponse) {
  vi.stubGlobal('fetch', async (path: string) =>
    path === '/api/me'
      ? new Response(JSON.stringify(me), { status: 200 })
      : new Response(JSON.stringify(body), { status: 200 }),
  );
  render(
    <MemoryRouter initialEntries={['/meetings/m1/report']}>
      <SessionProvider>
        <Routes>
          <Route path="/meetings/:meetingId/report" element={<ReportPage />} />
        </Routes>
      </SessionProvider>
    </MemoryRouter>,
  );
}

beforeAll(() => setLocale('en'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('report page', () => {
  it('REPORT-7: a member who sees only the summary is told so, with who took part', async () => {
    renderWith(response({ level: 'summary', caseGiver: false, heldAtMeetingEnd: true }));
    const note = await screen.findByRole('note');
    expect(note.textContent).toContain('Your group shares only the summary with others.');
    expect(note.textContent).toContain('This meeting ended when your group shared less');
    expect(screen.getByText('Anna, Bram, Dirk')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Evaluation' })).toBeTruthy();
  });

  it('REPORT-7: the case-giver is told they see everything and what the others see; at the whole report others get no note', async () => {
    renderWith(response({ level: 'contributions', caseGiver: true, heldAtMeetingEnd: false }));
    expect((await screen.findByRole('note')).textContent).toBe(
      'You are the case-giver and see the whole report. The others see: Summary and contributions.',
    );
    cleanup();
    renderWith(response({ level: 'everything', caseGiver: false, heldAtMeetingEnd: false }));
    expect(await screen.findByRole('region', { name: 'Evaluation' })).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
  });
});
