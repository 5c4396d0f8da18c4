import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLocale } from '../../lib/i18n';
import { CaseEditor, emptyCase } from './CaseEditor';

function renderEditor() {
  render(
    <MemoryRouter>
      <CaseEditor groupId="g1" meetingId="m1" initial={emptyCase} />
    </MemoryRouter>,
  );
  const helper = screen.getByRole('region', { name: 'Privacy check' });
  const situation = screen.getByLabelText('Situation') as HTMLTextAreaElement;
  const title = screen.getByLabelText('Title') as HTMLInputElement;
  return { helper, situation, title };
}

beforeAll(() => setLocale('en'));
afterEach(cleanup);

describe('privacy helper in the case form', () => {
  it('flags a name, an e-mail address and a phone number while typing', () => {
    const { helper, situation } = renderEditor();
    expect(within(helper).getByRole('status').textContent).toMatch(/sees no names/);
    fireEvent.change(situation, {
      target: { value: 'My colleague Pieter de Vries mailed me from pieter@zorg.nl and called 06-12345678.' },
    });
    expect(within(helper).getByText(/‘Pieter de Vries’ in Situation looks like a name/)).toBeTruthy();
    expect(
      within(helper).getByText(/‘pieter@zorg.nl’ in Situation looks like a e-mail address/),
    ).toBeTruthy();
    expect(within(helper).getByText(/‘06-12345678’ in Situation looks like a phone number/)).toBeTruthy();
    expect(within(helper).getByRole('status').textContent).toMatch(/3 details/);
  });

  it('replaces one flagged name with a neutral label in one click and keeps focus in the helper', async () => {
    const { helper, situation } = renderEditor();
    fireEvent.change(situation, {
      target: { value: 'I stay too long with mrs Jansen, says Pieter de Vries.' },
    });
    fireEvent.click(within(helper).getByRole('button', { name: /: Pieter de Vries$/ }));
    expect(situation.value).toBe('I stay too long with mrs Jansen, says [person B].');
    expect(within(helper).queryByText(/Pieter de Vries/)).toBeNull();
    await new Promise((r) => requestAnimationFrame(r));
    expect(helper.contains(document.activeElement)).toBe(true);
  });

  it('never gives two people the same label when replacing one at a time', () => {
    const { helper, situation } = renderEditor();
    fireEvent.change(situation, { target: { value: 'Both mrs Jansen and Pieter de Vries disagree.' } });
    fireEvent.click(within(helper).getByRole('button', { name: /: Jansen$/ }));
    fireEvent.click(within(helper).getByRole('button', { name: /: Pieter de Vries$/ }));
    expect(situation.value).toBe('Both mrs [person A] and [person B] disagree.');
  });

  it('keeps one label for one person across title and situation', () => {
    const { helper, situation, title } = renderEditor();
    fireEvent.change(title, { target: { value: 'Working with mrs Jansen' } });
    fireEvent.change(situation, { target: { value: 'Last week mrs Jansen and Pieter de Vries came in.' } });
    fireEvent.click(within(helper).getByRole('button', { name: /: Pieter de Vries$/ }));
    fireEvent.click(within(helper).getAllByRole('button', { name: /: Jansen$/ })[0]!);
    fireEvent.click(within(helper).getByRole('button', { name: /: Jansen$/ }));
    expect(title.value).toBe('Working with mrs [person A]');
    expect(situation.value).toBe('Last week mrs [person A] and [person B] came in.');
  });

  it('replaces everything at once and then reports a clean text', () => {
    const { helper, situation } = renderEditor();
    fireEvent.change(situation, {
      target: { value: 'I ask Pieter de Vries (pieter@zorg.nl) about mrs Jansen.' },
    });
    fireEvent.click(within(helper).getByRole('button', { name: 'Replace all' }));
    expect(situation.value).toBe('I ask [person A] ([e-mail]) about mrs [person B].');
    expect(within(helper).getByRole('status').textContent).toMatch(/sees no names/);
  });
});
