import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../lib/i18n';
import { PrivateWritingStatus } from './Questions';

beforeEach(() => setLocale('nl'));
afterEach(cleanup);

describe('private writing status', () => {
  it('tells a writer that only they see what they write, how many notes there are and who is done', () => {
    let said: boolean | null = null;
    render(
      <PrivateWritingStatus
        mine={[]}
        notes={3}
        ready={1}
        total={3}
        revealed={false}
        onReady={{ done: false, set: (done) => (said = done) }}
      />,
    );
    expect(screen.getByText(/Wat je nu schrijft, ziet alleen jij/)).toBeTruthy();
    expect(screen.getByTestId('private-progress').textContent).toBe(
      '3 notities geschreven. 1 van de 3 is klaar.',
    );
    screen.getByRole('button', { name: 'Ik ben klaar' }).click();
    expect(said).toBe(true);
  });

  it('tells someone who does not write that the others are writing, not that they should', () => {
    render(<PrivateWritingStatus mine={[]} notes={1} ready={0} total={3} revealed={false} writer={false} />);
    expect(screen.getByTestId('private-progress').textContent).toBe(
      '1 notitie geschreven. 0 van de 3 zijn klaar.',
    );
    expect(screen.queryByRole('button', { name: 'Ik ben klaar' })).toBeNull();
    expect(screen.queryByText(/Wat je nu schrijft/)).toBeNull();
    expect(screen.getByText(/De anderen schrijven nu voor zichzelf/)).toBeTruthy();
  });
});
