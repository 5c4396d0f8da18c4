import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Dossier, RegisterTarget, Verification } from '../../../core/api/register';
import { TARGET_EXAMPLES } from '../../../core/register/examples';
import { renderPage, serveApi, setUpPageTests } from '../../test/page';
import { DossierPage } from './DossierPage';
import { VerifyPage } from './VerifyPage';

setUpPageTests();

const me = { status: 200, body: { user: { id: 'u1', name: 'Bram', email: 'b@example.nl' } } };
const year = new Date().getFullYear();
const thisYear = `from=${year}-01-01&to=${year}-12-31`;

const skj: RegisterTarget = {
  ...TARGET_EXAMPLES.skj,
  id: 't1',
  name: 'SKJ – reflection',
  description: '',
  source: 'SKJ',
  example: 'skj',
  updatedAt: '2026-12-04T10:00:00.000Z',
};

const signature = (name: string, sig: string) => ({ name, signature: sig, at: '2027-01-12T20:00:00.000Z' });

function dossier(over: Partial<Dossier> = {}): Dossier {
  return {
    name: 'Bram',
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    targets: [skj],
    meetings: [
      {
        meetingId: 'm1',
        startsAt: `${year}-01-12T18:00:00.000Z`,
        timeZone: 'Europe/Amsterdam',
        groupName: 'Kring Noord',
        method: { nl: 'Incidentmethode', en: 'Incident method' },
        roles: ['caseGiver'],
        minutesPresent: 70,
        lateMinutes: 20,
        earlyMinutes: 0,
        groupSize: 4,
        signed: signature('Bram', 'B.'),
        countersigned: signature('Fenna', 'F.'),
        counts: { t1: { hours: 70 / 60, reasons: [] } },
      },
      {
        meetingId: 'm2',
        startsAt: `${year}-02-12T18:00:00.000Z`,
        timeZone: 'Europe/Amsterdam',
        groupName: 'Kring Zuid',
        method: null,
        roles: [],
        minutesPresent: 45,
        lateMinutes: 0,
        earlyMinutes: 0,
        groupSize: 3,
        signed: null,
        countersigned: null,
        counts: { t1: { hours: 0, reasons: ['tooShort'] } },
      },
    ],
    totals: { t1: { hours: 1.17, points: 1.17, meetings: 1, required: 60 } },
    statements: [],
    ...over,
  };
}

describe('dossier page', () => {
  it('lists each meeting with group, method, role, minutes and signatures, says why one does not count, and totals per target', async () => {
    serveApi({
      'GET /api/session': me,
      [`GET /api/me/dossier?${thisYear}`]: { status: 200, body: dossier() },
      'GET /api/me/register-targets': {
        status: 200,
        body: { targets: [skj], examples: ['skj', 'therapists'] },
      },
    });
    renderPage('/me/dossier', '/me/dossier', <DossierPage />);
    const table = await screen.findByRole('table', { name: 'Meetings' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(first?.textContent).toContain('Kring Noord');
    expect(first?.textContent).toContain('Incident method');
    expect(first?.textContent).toContain('case-giver');
    expect(first?.textContent).toContain('70 · 20 minutes late');
    expect(first?.textContent).toContain('self: B.');
    expect(first?.textContent).toContain('confirmed: Fenna');
    expect(first?.textContent).not.toContain('Does not count');
    expect(second?.textContent).toContain('participant');
    expect(second?.textContent).toContain('Does not count for SKJ – reflection: too short');
    expect(second?.textContent).toContain('self: –');
    // One region of that name (the table's box scrolls, it is not a second region).
    expect(screen.getAllByRole('region', { name: 'Meetings' })).toHaveLength(1);
    expect(screen.getByText('SKJ – reflection: 1.17 of 60 hours, 1.17 points, from 1 meeting')).toBeTruthy();
    const pdf = screen.getByRole('link', { name: 'Dossier as PDF (with verification code)' });
    expect(pdf.getAttribute('href')).toBe(`/api/me/dossier.pdf?${thisYear}&lang=en`);
    // Only the example not chosen yet is offered.
    expect(screen.queryByRole('button', { name: 'Add example: SKJ – reflection' })).toBeNull();
    expect(screen.getByRole('button', { name: /^Add example: Therapists/ })).toBeTruthy();
  });

  it('another period shows that period’s meetings, and the PDF link follows it', async () => {
    const sent = serveApi({
      'GET /api/session': me,
      [`GET /api/me/dossier?${thisYear}`]: { status: 200, body: dossier() },
      'GET /api/me/dossier?from=2025-01-01&to=2025-06-30': {
        status: 200,
        body: dossier({ from: '2025-01-01', to: '2025-06-30', meetings: [] }),
      },
      'GET /api/me/register-targets': { status: 200, body: { targets: [], examples: ['skj'] } },
    });
    renderPage('/me/dossier', '/me/dossier', <DossierPage />);
    await screen.findByRole('table', { name: 'Meetings' });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-01-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2025-06-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByText('No meetings in this period.')).toBeTruthy();
    expect(sent.map((s) => s.key)).toContain('GET /api/me/dossier?from=2025-01-01&to=2025-06-30');
    expect(
      screen.getByRole('link', { name: 'Dossier as PDF (with verification code)' }).getAttribute('href'),
    ).toBe('/api/me/dossier.pdf?from=2025-01-01&to=2025-06-30&lang=en');
  });
});

const verification = (over: Partial<Verification> = {}): Verification => ({
  code: 'ABCD-EFGH-JKLM-NPQR-STUV',
  name: 'Bram',
  from: '2027-01-01',
  to: '2027-12-31',
  issuedAt: '2027-12-31T10:00:00.000Z',
  meetings: 3,
  totals: [{ name: 'SKJ – reflection', hours: 3.5, points: 3.5, required: 60 }],
  matches: true,
  ...over,
});

describe('verify page', () => {
  const open = (reply: { status: number; body: unknown }) => {
    serveApi({
      'GET /api/session': { status: 200, body: { user: null } },
      'GET /api/verify/ABCD-EFGH-JKLM-NPQR-STUV': reply,
    });
    renderPage('/verify/ABCD-EFGH-JKLM-NPQR-STUV', '/verify/:code', <VerifyPage />);
  };

  it('anyone reads that the document matches: name, period, number of meetings and totals, nothing more', async () => {
    open({ status: 200, body: verification() });
    expect(await screen.findByText('This document matches the record in Kring.')).toBeTruthy();
    expect(screen.getByText('Bram')).toBeTruthy();
    expect(screen.getByText('3')).toBeTruthy();
    expect(screen.getByText('SKJ – reflection: 3.5 of 60 hours, 3.5 points')).toBeTruthy();
  });

  it('a record changed since the document was made says so', async () => {
    open({ status: 200, body: verification({ matches: false }) });
    expect(await screen.findByText(/^The record in Kring has changed/)).toBeTruthy();
  });

  it('an unknown code', async () => {
    open({ status: 404, body: { error: { code: 'not_found', message: 'x' } } });
    expect(await screen.findByText('Kring does not know this code.')).toBeTruthy();
    expect(screen.queryByText('Bram')).toBeNull();
  });
});
