import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from './model';

export type ChairActions = {
  advance(): void;
  back(): void;
  skip(): void;
  extend(minutes: number): void;
  reveal(): void;
  handOver(personId: string): void;
  end(): void;
  /** Stops or restarts the clock (LIFE-3). */
  pause(paused: boolean): void;
};

/** Where the skip button in the phase header takes the chair. */
export const CHAIR_CONTROLS_ID = 'chair-controls';

/** The chair's steering wheel: move on, go back, skip (after a confirmation), pause, extend, reveal, hand over, end. */
export function ChairControls({
  actions,
  canBack,
  canReveal,
  candidates,
  nextTitle,
  isLast,
  paused = false,
  children,
}: {
  actions: ChairActions;
  canBack: boolean;
  canReveal: boolean;
  /** Who may take over the chair (never the case-giver). */
  candidates: Person[];
  nextTitle?: string | null;
  isLast?: boolean;
  /** Whether the clock stands still now. */
  paused?: boolean;
  /** More controls for the chair, under "More". */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [confirmSkip, setConfirmSkip] = useState(false);
  const [handTo, setHandTo] = useState('');
  const selectId = useId();
  return (
    <section
      id={CHAIR_CONTROLS_ID}
      tabIndex={-1}
      className="chair-controls card"
      aria-labelledby={`${selectId}-h`}
    >
      <h2 id={`${selectId}-h`}>{t('room.chair.title')}</h2>
      <div className="actions">
        <button type="button" className="btn btn-primary" onClick={actions.advance}>
          {nextTitle ? t('room.chair.advanceTo', { title: nextTitle }) : t('room.chair.advance')}
        </button>
        {canReveal && (
          <button type="button" className="btn" onClick={actions.reveal}>
            {t('room.chair.reveal')}
          </button>
        )}
        <button type="button" className="btn" aria-pressed={paused} onClick={() => actions.pause(!paused)}>
          {paused ? t('room.life.resume') : t('room.life.pause')}
        </button>
        <button type="button" className="btn" onClick={() => actions.extend(2)}>
          {t('room.chair.extend', { count: 2 })}
        </button>
        <button type="button" className="btn" onClick={() => actions.extend(5)}>
          {t('room.chair.extend', { count: 5 })}
        </button>
        <button type="button" className="btn" onClick={actions.back} disabled={!canBack}>
          {t('room.chair.back')}
        </button>
        {!isLast && !confirmSkip && (
          <button type="button" className="btn" onClick={() => setConfirmSkip(true)}>
            {t('room.chair.skip')}
          </button>
        )}
      </div>
      {!isLast && confirmSkip && (
        <div className="notice" role="alert">
          <p>{t('room.life.skipConfirm', { title: nextTitle ?? '' })}</p>
          <div className="actions">
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => {
                setConfirmSkip(false);
                actions.skip();
              }}
            >
              {t('room.life.skipYes')}
            </button>
            <button type="button" className="btn" onClick={() => setConfirmSkip(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      <details className="chair-more">
        <summary>{t('room.chair.more')}</summary>
        {children}
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (handTo) actions.handOver(handTo);
          }}
        >
          <label htmlFor={selectId}>{t('room.chair.handOver')}</label>
          <select id={selectId} value={handTo} onChange={(e) => setHandTo(e.target.value)}>
            <option value="">{t('room.chair.choosePerson')}</option>
            {candidates.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <button type="submit" className="btn" disabled={!handTo}>
            {t('room.chair.handOverSend')}
          </button>
        </form>
        {confirmEnd ? (
          <div className="notice" role="alert">
            <p>{t('room.chair.endConfirm')}</p>
            <div className="actions">
              <button type="button" className="btn btn-danger" onClick={actions.end}>
                {t('room.chair.endYes')}
              </button>
              <button type="button" className="btn" onClick={() => setConfirmEnd(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="btn" onClick={() => setConfirmEnd(true)}>
            {t('room.chair.end')}
          </button>
        )}
      </details>
    </section>
  );
}
