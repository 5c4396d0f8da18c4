import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ReportSection } from '../../../core/reports/index';
import { setLocale } from '../../lib/i18n';
import { ReportSections } from './ReportSections';

const sections: ReportSection[] = [
  { kind: 'question', text: 'How do I say no?' },
  {
    kind: 'questions',
    items: [{ text: 'Since when?', author: 'Carla', answer: 'Since January', rating: 4 }],
  },
  {
    kind: 'forces',
    items: [{ text: 'Fear', author: null, direction: 'restraining', inReach: false, mean: 7.5, count: 2 }],
  },
  { kind: 'decision', text: 'I will talk', actions: [{ text: 'Plan the talk', owner: 'Bram', due: null }] },
  { kind: 'learningPoints', items: [{ text: 'Slow down', mine: true, shared: false, author: 'Bram' }] },
];

describe('report sections', () => {
  beforeAll(() => setLocale('en'));
  afterEach(cleanup);

  it('shows every section as a titled region with answers, weights, actions and the reader’s own point', () => {
    render(<ReportSections sections={sections} />);
    for (const name of [
      "The case-giver's question",
      'Questions and answers',
      'Force field',
      "The case-giver's decision",
      'Learning points',
    ]) {
      expect(screen.getByRole('region', { name })).toBeTruthy();
    }
    expect(screen.getByText('Since when? (Carla)')).toBeTruthy();
    expect(screen.getByText('Answer: Since January')).toBeTruthy();
    expect(screen.getByText('Rating: 4 out of 5')).toBeTruthy();
    expect(screen.getByText('mean weight 7.5 (weighed 2 times)')).toBeTruthy();
    expect(screen.getByText('beyond our influence')).toBeTruthy();
    expect(screen.getByText('who: Bram')).toBeTruthy();
    expect(screen.getByText('Your learning point (only for you)')).toBeTruthy();
  });
});
