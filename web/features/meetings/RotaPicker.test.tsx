import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Rota, RotaSuggestion } from '../../../core/api/groups';
import { setLocale } from '../../lib/i18n';
import { RotaPicker } from './RotaPicker';

const members = [
  { userId: 'u1', name: 'Sanne' },
  { userId: 'u2', name: 'Pieter' },
  { userId: 'u3', name: 'Fatima' },
  { userId: 'u4', name: 'Joris' },
];
const suggestion: RotaSuggestion = {
  chair: { userId: 'u2', name: 'Pieter' },
  timekeeper: { userId: 'u3', name: 'Fatima' },
  scribe: { userId: 'u4', name: 'Joris' },
};
const suggested: Rota = { chair: 'u2', timekeeper: 'u3', scribe: 'u4' };

function Harness({ initial }: { initial: Rota }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <RotaPicker members={members} suggestion={suggestion} value={value} onChange={setValue} />
      <output data-testid="value">{JSON.stringify(value)}</output>
    </>
  );
}

beforeAll(() => setLocale('en'));
afterEach(cleanup);

describe('rota picker', () => {
  it('starts from the fair suggestion and names who is suggested for each role', () => {
    render(<Harness initial={suggested} />);
    expect((screen.getByLabelText('Chair') as HTMLSelectElement).value).toBe('u2');
    expect((screen.getByLabelText('Timekeeper') as HTMLSelectElement).value).toBe('u3');
    expect((screen.getByLabelText('Scribe') as HTMLSelectElement).value).toBe('u4');
    expect(screen.getByText('Suggested: Pieter')).toBeTruthy();
    expect(screen.queryByRole('button', { name: "Use Kring's suggestion" })).toBeNull();
  });

  it('lets the planner change a role and go back to the suggestion in one step', () => {
    render(<Harness initial={suggested} />);
    fireEvent.change(screen.getByLabelText('Chair'), { target: { value: 'u1' } });
    expect(screen.getByTestId('value').textContent).toContain('"chair":"u1"');
    fireEvent.click(screen.getByRole('button', { name: "Use Kring's suggestion" }));
    expect(JSON.parse(screen.getByTestId('value').textContent!)).toEqual(suggested);
  });

  it('can leave a role open', () => {
    render(<Harness initial={suggested} />);
    fireEvent.change(screen.getByLabelText('Scribe'), { target: { value: '' } });
    expect(JSON.parse(screen.getByTestId('value').textContent!).scribe).toBeNull();
  });

  it('points out when one person holds two roles', () => {
    render(<Harness initial={suggested} />);
    expect(screen.queryByText(/holds several roles/)).toBeNull();
    fireEvent.change(screen.getByLabelText('Timekeeper'), { target: { value: 'u2' } });
    expect(screen.getByText(/holds several roles/)).toBeTruthy();
  });
});
