import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../lib/i18n';
import { type Room, RoomContext } from '../room-context';
import { PrivateWritingStatus, QuestionList } from './Questions';

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

describe('the case-giver’s answer box', () => {
  const question = { id: 'c7', text: 'Wat deed je toen?' };
  const renderList = (answers: string[]) =>
    render(
      <RoomContext.Provider value={{ meetingId: 'm-answer' } as unknown as Room}>
        <QuestionList items={[question]} canAnswer onAnswer={(_, a) => answers.push(a)} />
      </RoomContext.Provider>,
    );

  it('ANSWER-DRAFT: keeps a half-typed answer through a reload, and empties once it is sent', () => {
    const answers: string[] = [];
    renderList(answers);
    fireEvent.change(screen.getByLabelText('Antwoord op: Wat deed je toen?'), {
      target: { value: 'Ik heb het gesprek uitgesteld' },
    });
    cleanup();
    renderList(answers);
    const box = screen.getByLabelText('Antwoord op: Wat deed je toen?') as HTMLInputElement;
    expect(box.value).toBe('Ik heb het gesprek uitgesteld');
    fireEvent.click(screen.getByRole('button', { name: 'Antwoorden' }));
    expect(answers).toEqual(['Ik heb het gesprek uitgesteld']);
    cleanup();
    renderList(answers);
    expect((screen.getByLabelText('Antwoord op: Wat deed je toen?') as HTMLInputElement).value).toBe('');
  });
});
