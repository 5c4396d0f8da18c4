import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../lib/i18n';
import { ProfileComparison } from './ProfileComparison';

beforeEach(() => setLocale('nl'));
afterEach(cleanup);

describe('profile comparison', () => {
  it('shows what both see, what only the case-giver sees and what only the others see, under their own headings', () => {
    render(
      <ProfileComparison
        caseGiverName="Noor"
        data={{
          both: [{ id: '1', text: 'Zorgzaam', category: 'quality' }],
          onlySelf: [{ id: '2', text: 'Te streng', category: 'pitfall' }],
          onlyOthers: [
            { id: '3', text: 'Durft grenzen te stellen', category: 'quality', authorName: 'Ahmed' },
          ],
        }}
      />,
    );
    const columns = screen.getAllByTestId('profile-column');
    expect(columns.map((c) => within(c).getByRole('heading').textContent)).toEqual([
      expect.stringContaining('Zien we allebei'),
      expect.stringContaining('Ziet alleen de inbrenger'),
      expect.stringContaining('Zien alleen de anderen'),
    ]);
    expect(within(columns[0]!).getByText(/Zorgzaam/)).toBeTruthy();
    expect(within(columns[1]!).getByText(/Te streng/).textContent).toContain('Valkuil');
    expect(within(columns[2]!).getByText(/Durft grenzen/).textContent).toContain('Ahmed');
    expect(screen.getByText(/zelfbeeld van Noor/)).toBeTruthy();
  });

  it('says so when a column is empty rather than leaving a blank', () => {
    render(
      <ProfileComparison data={{ both: [], onlySelf: [{ id: '2', text: 'Geduldig' }], onlyOthers: [] }} />,
    );
    expect(screen.getAllByText('Niets in deze kolom.')).toHaveLength(2);
  });
});
