import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { setLocale } from '../../../lib/i18n';
import { DiltsPyramid } from './DiltsPyramid';
import { DILTS, type DiltsRow } from './model';

beforeEach(() => setLocale('nl'));
afterEach(cleanup);

const rows: DiltsRow[] = DILTS.map((level) => ({ level, statements: [], tally: 0 }));

it('shows each question under its level with the case-giver’s answer, and a question not yet answered without one', () => {
  const withQuestions = rows.map((row) =>
    row.level === 'behaviour'
      ? {
          ...row,
          statements: [
            { id: 'c1', text: 'Wat zeg je als hij niets terugzegt?', answer: 'Ik vul de stilte zelf op.' },
            { id: 'c2', text: 'Wat doe je daarna?', answer: null },
          ],
          tally: 2,
        }
      : row,
  );
  render(<DiltsPyramid rows={withQuestions} current="behaviour" chosen={[]} />);
  const behaviour = within(screen.getByTestId('dilts-behaviour'));
  const [answered, open] = behaviour.getAllByRole('listitem');
  expect(answered!.textContent).toBe(
    'Wat zeg je als hij niets terugzegt?Antwoord: Ik vul de stilte zelf op.',
  );
  expect(open!.textContent).toBe('Wat doe je daarna?');
  expect(behaviour.getByText('nu')).toBeTruthy();
});
