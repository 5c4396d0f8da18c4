import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18next, setLocale } from '../../../lib/i18n';
import { ForceFieldDiagram } from './ForceField';
import { ForceSorting } from './ForceSorting';
import type { Force } from './model';

const forces: Force[] = [
  {
    id: 'a',
    text: 'Geen tijd in het rooster',
    direction: 'restraining',
    mean: null,
    weights: 0,
    also: [{ id: 'e', text: 'Te weinig uren' }],
  },
  { id: 'b', text: 'Steun van de teamleider', direction: 'driving', mean: null, weights: 0 },
  { id: 'c', text: 'Nieuwe wetgeving', direction: 'restraining', mean: null, weights: 0, outOfReach: true },
];

beforeEach(() => setLocale('nl'));
afterEach(cleanup);

function sorting() {
  const sent: unknown[] = [];
  render(
    <ForceSorting
      forces={forces}
      onMerge={(id, into) => sent.push(['merge', id, into])}
      onReach={(id, inReach) => sent.push(['reach', id, inReach])}
    />,
  );
  // By the force's own line: another row's merge list names it too.
  const row = (text: string) =>
    screen.getAllByTestId('sort-force').find((r) => r.querySelector('p')?.textContent?.includes(text))!;
  return { sent, row };
}

describe('sorting the forces before the weighing (FORCE-2, FORCE-4)', () => {
  it('merges a force only into one of the same direction, chosen from a labelled list', () => {
    const { sent, row } = sorting();
    const select = within(row('Geen tijd')).getByLabelText('Samenvoegen met') as HTMLSelectElement;
    expect([...select.options].map((o) => o.text)).toEqual(['niet samengevoegd', 'Nieuwe wetgeving']);
    fireEvent.change(select, { target: { value: 'c' } });
    expect(sent).toEqual([['merge', 'a', 'c']]);
    // A driving force has no other driving force to go into.
    expect(within(row('Steun')).queryByLabelText('Samenvoegen met')).toBeNull();
  });

  it('sets a force aside and brings one back', () => {
    const { sent, row } = sorting();
    fireEvent.click(within(row('Steun')).getByRole('button', { name: 'Apart zetten (buiten bereik)' }));
    fireEvent.click(within(row('Nieuwe wetgeving')).getByRole('button', { name: 'Terug binnen bereik' }));
    expect(sent).toEqual([
      ['reach', 'b', false],
      ['reach', 'c', true],
    ]);
  });

  it('lists what was merged under the force it went into, and separates it again', () => {
    const { sent, row } = sorting();
    const merged = within(row('Geen tijd')).getByRole('list', { name: 'Samengevoegd' });
    fireEvent.click(within(merged).getByRole('button', { name: 'Weer los: Te weinig uren' }));
    expect(sent).toEqual([['merge', 'e', null]]);
  });

  it('speaks English when the reader does', async () => {
    await i18next.changeLanguage('en');
    sorting();
    expect(screen.getByRole('group', { name: 'Sort the forces' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Separate again: Te weinig uren' })).toBeTruthy();
  });
});

describe('the force field after sorting', () => {
  it('names the duplicates with the force they were merged into', () => {
    render(<ForceFieldDiagram forces={forces} />);
    const row = screen.getAllByTestId('force').find((r) => r.textContent?.includes('Geen tijd'))!;
    expect(row.textContent).toContain('ook genoemd als: Te weinig uren');
  });
});
