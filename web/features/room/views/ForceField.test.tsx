import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18next, setLocale } from '../../../lib/i18n';
import { ForceFieldDiagram, ForceWeighing } from './ForceField';
import type { Force } from './model';

const forces: Force[] = [
  { id: 'a', text: 'Geen tijd in het rooster', direction: 'restraining', mean: 8, weights: 4 },
  { id: 'b', text: 'Steun van de teamleider', direction: 'driving', mean: 5.5, weights: 4 },
  { id: 'c', text: 'Nieuwe wetgeving', direction: 'restraining', mean: 9, weights: 2, outOfReach: true },
  { id: 'd', text: 'Collega wil meedoen', direction: 'driving', mean: null, weights: 0 },
];

beforeEach(() => setLocale('nl'));
afterEach(cleanup);

describe('force field diagram', () => {
  it('puts restraining forces left and driving forces right, each with its mean in words', () => {
    render(<ForceFieldDiagram goal="Elke week een teamoverleg" forces={forces} />);
    const figure = screen.getByRole('figure', { name: /Krachtenveld/ });
    const rows = within(figure).getAllByTestId('force');
    const brake = rows.find((r) => r.textContent?.includes('Geen tijd'))!;
    expect(brake.textContent).toContain('Remmend');
    expect(brake.textContent).toContain('gemiddeld 8 (n = 4)');
    expect(brake.querySelector('.ff-left .ff-bar')).not.toBeNull();
    expect(brake.querySelector('.ff-right .ff-bar')).toBeNull();
    const driver = rows.find((r) => r.textContent?.includes('Steun'))!;
    expect(driver.textContent).toContain('Stuwend');
    expect(driver.textContent).toContain('gemiddeld 5,5');
    expect(driver.querySelector('.ff-right .ff-bar')).not.toBeNull();
    expect(screen.getByText('Doel: Elke week een teamoverleg')).toBeTruthy();
  });

  it('makes bar length the mean weight out of 10', () => {
    render(<ForceFieldDiagram forces={forces} />);
    const bars = screen
      .getAllByTestId('force')
      .map((r) => [r.textContent, (r.querySelector('.ff-bar') as HTMLElement | null)?.style.width]);
    expect(bars).toContainEqual([expect.stringContaining('Geen tijd'), '80%']);
    expect(bars).toContainEqual([expect.stringContaining('Steun'), '55%']);
    expect(bars).toContainEqual([expect.stringContaining('Collega'), '0%']);
  });

  it('sorts the strongest forces first and sets forces out of reach aside at the end', () => {
    render(<ForceFieldDiagram forces={forces} />);
    const order = screen.getAllByTestId('force').map((r) => r.textContent ?? '');
    expect(order[0]).toContain('Geen tijd');
    expect(order.at(-1)).toContain('Nieuwe wetgeving');
    expect(order.at(-1)).toContain('buiten bereik');
  });

  it('says a force is not weighed yet instead of showing zero', () => {
    render(<ForceFieldDiagram forces={forces} />);
    expect(screen.getByText('nog niet gewogen')).toBeTruthy();
  });

  it('speaks English when the reader does', async () => {
    await i18next.changeLanguage('en');
    render(<ForceFieldDiagram forces={forces.slice(0, 2)} />);
    expect(screen.getByRole('figure', { name: /Force field/ })).toBeTruthy();
    expect(screen.getByText('mean 5.5 (n = 4)')).toBeTruthy();
  });
});

describe('force weighing', () => {
  it('lets everyone give each force in reach a weight from 1 to 10 with a labelled select', () => {
    const given: [string, number][] = [];
    render(<ForceWeighing forces={forces} onWeigh={(id, w) => given.push([id, w])} />);
    const select = screen.getByLabelText(/Geen tijd in het rooster/) as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual([
      '',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    fireEvent.change(select, { target: { value: '7' } });
    expect(given).toEqual([['a', 7]]);
    expect(screen.queryByLabelText(/Nieuwe wetgeving/)).toBeNull();
  });
});

describe('force field while weighing', () => {
  it('hides every mean and bar until all have weighed, so nobody anchors on the others', () => {
    render(<ForceFieldDiagram forces={forces} hideMeans />);
    expect(screen.queryByText(/gemiddeld \d/)).toBeNull();
    expect(screen.getAllByText('gemiddelde volgt als iedereen gewogen heeft')).toHaveLength(4);
    const bars = screen.getAllByTestId('force').map((r) => r.querySelector('.ff-bar'));
    expect(bars).toEqual([null, null, null, null]);
  });
});
