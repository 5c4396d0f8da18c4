import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../lib/i18n';
import { PrivateWritingStatus } from './Questions';

beforeEach(() => setLocale('nl'));
afterEach(cleanup);

describe('private writing status', () => {
  it('tells a writer that only they see what they write, and shows the count', () => {
    render(<PrivateWritingStatus mine={[]} written={2} total={3} revealed={false} />);
    expect(screen.getByText(/Wat je nu schrijft, ziet alleen jij/)).toBeTruthy();
    expect(screen.getByTestId('private-progress').textContent).toBe('2 van 3 hebben iets geschreven');
  });

  it('tells someone who does not write that the others are writing, not that they should', () => {
    render(<PrivateWritingStatus mine={[]} written={1} total={3} revealed={false} writer={false} />);
    expect(screen.queryByText(/Wat je nu schrijft/)).toBeNull();
    expect(screen.getByText(/De anderen schrijven nu voor zichzelf/)).toBeTruthy();
  });
});
