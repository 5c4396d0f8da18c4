import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOT, SPACE } from './glyphs';

/**
 * The top of every phase: where we are, what to do, the rules, and this person's part. A phase change is
 * announced politely to screen readers (not on first load: the heading already says it).
 */
export function PhaseHeader({
  step,
  title,
  instructions,
  rules,
  yourPart,
  timer,
  controlsId,
}: {
  step?: string;
  title: string;
  instructions?: string;
  rules?: string[];
  yourPart?: string | null;
  timer?: ReactNode;
  /** For the chair: the id of the controls, reached from the heading in one Tab instead of many. */
  controlsId?: string | undefined;
}) {
  const { t } = useTranslation();
  const announcement = useChangeAnnouncement(title);
  return (
    <header className="phase-header">
      {/* Kept in view while typing lower down on a phone: the time and this person's part. */}
      <div className="phase-sticky">
        <div className="phase-top">
          <div>
            {step && <p className="phase-step">{step}</p>}
            <h1 className="phase-title">{title}</h1>
            {controlsId && (
              <button
                type="button"
                className="skip-link"
                onClick={() => document.getElementById(controlsId)?.focus()}
              >
                {t('room.chair.skipTo')}
              </button>
            )}
          </div>
          {timer}
        </div>
        {yourPart && (
          <p className="your-part" data-testid="your-part">
            <span aria-hidden="true" className="your-part-mark">
              {DOT}
            </span>
            {SPACE}
            {yourPart}
          </p>
        )}
      </div>
      {instructions && <p className="phase-instructions">{instructions}</p>}
      {rules && rules.length > 0 && (
        <details className="phase-rules" open>
          <summary>{t('room.phase.rules')}</summary>
          <ul>
            {rules.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        </details>
      )}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </header>
  );
}

function useChangeAnnouncement(title: string): string {
  const { t } = useTranslation();
  const previous = useRef(title);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (previous.current === title) return;
    previous.current = title;
    setMessage(t('room.phase.changed', { title }));
  }, [title, t]);
  return message;
}
