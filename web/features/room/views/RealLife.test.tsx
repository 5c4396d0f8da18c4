import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../lib/i18n';
import { type ChairActions, ChairControls } from './ChairControls';
import { Countdown } from './Countdown';
import { FacilitatorModePicker } from './FacilitatorMode';
import { FloorControl } from './FloorControl';
import { HideContributions } from './HideContributions';
import { SkipNotice } from './SkipNotice';
import { WaitingGuests } from './WaitingGuests';

beforeEach(() => setLocale('nl'));
afterEach(cleanup);

function actions(log: string[]): ChairActions {
  const say = (what: string) => () => void log.push(what);
  return {
    advance: say('advance'),
    back: say('back'),
    skip: say('skip'),
    extend: (m) => void log.push(`extend ${m}`),
    reveal: say('reveal'),
    handOver: (id) => void log.push(`handOver ${id}`),
    end: say('end'),
    pause: (paused) => void log.push(paused ? 'pause' : 'resume'),
  };
}

describe('the chair in real life (LIFE-*)', () => {
  it('LIFE-4: skipping asks first and names the phase; cancelling skips nothing', () => {
    const log: string[] = [];
    render(
      <ChairControls actions={actions(log)} canBack canReveal={false} candidates={[]} nextTitle="Vragen" />,
    );
    act(() => screen.getByRole('button', { name: 'Volgende fase overslaan' }).click());
    expect(log).toEqual([]);
    act(() => screen.getByRole('button', { name: 'Annuleren' }).click());
    act(() => screen.getByRole('button', { name: 'Volgende fase overslaan' }).click());
    expect(screen.getByRole('alert').textContent).toContain(
      '‘Vragen’ overslaan? Iedereen ziet dat deze fase is overgeslagen.',
    );
    act(() => screen.getByRole('button', { name: 'Ja, overslaan' }).click());
    expect(log).toEqual(['skip']);
  });

  it('LIFE-3: the pause button says what it does and shows it is pressed', () => {
    const log: string[] = [];
    const { rerender } = render(
      <ChairControls actions={actions(log)} canBack canReveal={false} candidates={[]} />,
    );
    screen.getByRole('button', { name: 'Klok pauzeren' }).click();
    rerender(<ChairControls actions={actions(log)} canBack canReveal={false} candidates={[]} paused />);
    const resume = screen.getByRole('button', { name: 'Klok hervatten' });
    expect(resume.getAttribute('aria-pressed')).toBe('true');
    resume.click();
    expect(log).toEqual(['pause', 'resume']);
  });

  it('LIFE-3: a paused clock stands still and says so; the last minute is marked in words', () => {
    render(<Countdown deadline={10 * 60_000} now={9 * 60_000} pausedAt={7 * 60_000} />);
    expect(screen.getByTestId('countdown').textContent).toContain('3:00');
    expect(screen.getByText('De klok staat stil')).toBeTruthy();
    cleanup();
    render(<Countdown deadline={10 * 60_000} now={9 * 60_000 + 15_000} />);
    expect(screen.getByTestId('countdown').className).toContain('is-warning');
    expect(screen.getByText('Nog één minuut')).toBeTruthy();
  });

  it('LIFE-4: everyone is told of a new skip; only the chair gets the undo', () => {
    const undone: string[] = [];
    const titleOf = (id: string) => (id === 'ask' ? 'Vragen' : id);
    const { rerender } = render(
      <SkipNotice skippedIds={[]} titleOf={titleOf} canUndo={false} onUndo={() => {}} />,
    );
    rerender(<SkipNotice skippedIds={['ask']} titleOf={titleOf} canUndo={false} onUndo={() => {}} />);
    expect(screen.getByRole('status').textContent).toContain(
      'De gespreksleider heeft ‘Vragen’ overgeslagen.',
    );
    expect(screen.queryByRole('button', { name: 'Overslaan ongedaan maken' })).toBeNull();
    rerender(<SkipNotice skippedIds={['ask']} titleOf={titleOf} canUndo onUndo={(id) => undone.push(id)} />);
    screen.getByRole('button', { name: 'Overslaan ongedaan maken' }).click();
    expect(undone).toEqual(['ask']);
    rerender(<SkipNotice skippedIds={[]} titleOf={titleOf} canUndo onUndo={() => {}} />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('LIFE-5: the chair picks a contribution to hide and can show a hidden one again', () => {
    const done: [string, boolean][] = [];
    render(
      <HideContributions
        items={[{ id: 'c1', text: 'Een grove opmerking', time: '14:05' }]}
        hidden={[{ id: 'c0', text: '', time: '14:01' }]}
        onHide={(id, hidden) => done.push([id, hidden])}
      />,
    );
    const hide = screen.getByRole('button', { name: 'Verbergen' }) as HTMLButtonElement;
    expect(hide.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Bijdrage'), { target: { value: 'c1' } });
    act(() => hide.click());
    screen.getByRole('button', { name: 'Weer tonen' }).click();
    expect(done).toEqual([
      ['c1', true],
      ['c0', false],
    ]);
    expect(screen.getByText('Bijdrage van 14:01')).toBeTruthy();
  });

  it('LIFE-6: the chair gives the floor out of turn and takes it back', () => {
    const given: (string | null)[] = [];
    const { rerender } = render(
      <FloorControl people={[{ id: 'h2', name: 'Bram' }]} floor={null} onGive={(id) => given.push(id)} />,
    );
    fireEvent.change(screen.getByLabelText('Het woord geven aan'), { target: { value: 'h2' } });
    act(() => screen.getByRole('button', { name: 'Geef het woord' }).click());
    rerender(<FloorControl people={[]} floor={{ id: 'h2', name: 'Bram' }} onGive={(id) => given.push(id)} />);
    expect(screen.getByText('Bram heeft het woord buiten de beurt.')).toBeTruthy();
    screen.getByRole('button', { name: 'Het woord terug naar de beurt' }).click();
    expect(given).toEqual(['h2', null]);
  });

  it('LIFE-7: the facilitator mode is chosen from three, then set', () => {
    const set: string[] = [];
    render(<FacilitatorModePicker mode="leads" onSet={(m) => set.push(m)} />);
    act(() => screen.getByRole('radio', { name: /Op de achtergrond/ }).click());
    act(() => screen.getByRole('button', { name: 'Instellen' }).click());
    expect(set).toEqual(['background']);
  });

  it('LIFE-1: a knocking guest can be admitted or refused', () => {
    const said: string[] = [];
    render(
      <WaitingGuests
        guests={[{ userId: 'guest:1', name: 'Gerda' }]}
        onAdmit={(g) => said.push(`admit ${g.name}`)}
        onRefuse={(g) => said.push(`refuse ${g.name}`)}
      />,
    );
    screen.getByRole('button', { name: 'Gerda toelaten' }).click();
    screen.getByRole('button', { name: 'Weigeren' }).click();
    expect(said).toEqual(['admit Gerda', 'refuse Gerda']);
  });
});
