import { cleanup, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ReportReading, ReportResponse } from '../../../core/api/reports';
import { setLocale } from '../../lib/i18n';
import { renderPage, serveApi, setUpPageTests } from '../../test/page';
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
  cases: [{ number: 1, caseGiver: 'Bram' }],
  case: 1,
});

function renderWith(body: ReportResponse, user = me) {
  serveApi({
    'GET /api/session': { status: 200, body: { user } },
    'GET /api/meetings/m1/report': { status: 200, body },
  });
  renderPage('/meetings/m1/report', '/meetings/:meetingId/report', <ReportPage />);
}

setUpPageTests();

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

  it('PAIR-1: a case of two names both case-givers and each one’s own "heard"', async () => {
    const base = response({ level: 'everything', caseGiver: true, heldAtMeetingEnd: false });
    const evaluation = {
      kind: 'evaluation',
      count: 2,
      heard: 5,
      coHeard: 3,
      perspectives: 4,
      method: 4,
      cooperation: 4,
    } as const;
    renderWith({ ...base, report: { ...base.report, coCaseGiver: 'Carla', sections: [evaluation] } });
    expect(await screen.findByText('Bram and Carla')).toBeTruthy();
    expect(screen.getByText(/The second case-giver felt heard: 3 out of 5/)).toBeTruthy();
  });

  it('writes the date and the scores the way the reader does: "2 maart 2026", "4,5 van 5"', async () => {
    await setLocale('nl');
    try {
      renderWith(response({ level: 'everything', caseGiver: false, heldAtMeetingEnd: false }), {
        ...me,
        locale: 'nl',
      });
      expect(await screen.findByText('2 maart 2026')).toBeTruthy();
      expect(screen.getByText(/4,5 van 5/)).toBeTruthy();
      cleanup();
      await setLocale('en');
      renderWith(response({ level: 'everything', caseGiver: false, heldAtMeetingEnd: false }));
      expect(await screen.findByText('2 March 2026')).toBeTruthy();
      expect(screen.getByText(/4\.5 out of 5/)).toBeTruthy();
    } finally {
      await setLocale('en');
    }
  });

  it('CASES-7: a meeting of two cases links both reports, marks the one shown and downloads that case', async () => {
    const second = {
      ...response({ level: 'summary', caseGiver: true, heldAtMeetingEnd: false }),
      cases: [
        { number: 1, caseGiver: 'Bram' },
        { number: 2, caseGiver: 'Anna' },
      ],
      case: 2,
    };
    serveApi({
      'GET /api/session': { status: 200, body: { user: me } },
      'GET /api/meetings/m1/report?case=2': { status: 200, body: second },
    });
    renderPage('/meetings/m1/report?case=2', '/meetings/:meetingId/report', <ReportPage />);
    const nav = await screen.findByRole('navigation', { name: 'Cases of this meeting' });
    const links = Array.from(nav.querySelectorAll('a'));
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('aria-current')])).toEqual(
      [
        ['Case 1: Bram', '/meetings/m1/report?case=1', null],
        ['Case 2: Anna', '/meetings/m1/report?case=2', 'page'],
      ],
    );
    expect(screen.getByText('2 of 2')).toBeTruthy();
    const pdf = screen.getByRole('link', { name: 'Download as PDF' });
    expect(pdf.getAttribute('href')).toBe('/api/meetings/m1/report.pdf?lang=en&case=2');
  });
});
