import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { useLocalized } from '../library/data';
import { TURN_GLYPHS } from '../library/Timeline';
import { type DraftPhase, parseMinutes } from './draft';
import { formatNumber } from './format';
import { PhaseFields } from './PhaseFields';

// Arrows are decoration beside the worded label, so they need no translation.
const ARROWS = { up: '\u2191', down: '\u2193' };

type Props = {
  phase: DraftPhase;
  index: number;
  count: number;
  readOnly: boolean;
  open: boolean;
  error(path: string): string | undefined;
  onOpen(open: boolean): void;
  onChange(next: DraftPhase): void;
  onMove(by: number): void;
  onRemove(): void;
};

/** One phase in the editor: its time box and order controls up front, the other building blocks folded away. */
export function PhaseCard({
  phase,
  index,
  count,
  readOnly,
  open,
  error,
  onOpen,
  onChange,
  onMove,
  onRemove,
}: Props) {
  const { t, i18n } = useTranslation();
  const l = useLocalized();
  const number = index + 1;
  const title = l(phase.title) || t('versions.editor.phaseNumber', { number });
  const headingId = `mv-phase-${phase.id}`;
  const minutes = parseMinutes(phase.minutesText);
  const summary = [
    t(`library.contributors.${phase.contributors}`),
    `${TURN_GLYPHS[phase.turns]} ${t(`library.turns.${phase.turns}`)}`.trim(),
    t(`library.placements.${phase.caseGiverPlacement}`),
  ].join(' · ');

  return (
    <li className={`mv-phase mv-who-${phase.contributors}`} aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1} data-focus={`${phase.id}:heading`} className="mv-phase-title">
        <span className="mv-phase-num" aria-hidden="true">
          {number}
        </span>
        <span className="lib-sr-only">{t('versions.editor.phaseNumber', { number })}</span> {title}
      </h3>
      <p className="mv-phase-summary muted">{summary}</p>
      {readOnly ? (
        <>
          <p className="mv-phase-minutes">
            {t('versions.editor.minutesRead', {
              count: minutes ?? 0,
              minutes: formatNumber(minutes ?? 0, i18n.language),
            })}
          </p>
          <p>{l(phase.instructions)}</p>
        </>
      ) : (
        <>
          <div className="mv-phase-row">
            <Field
              className="mv-minutes"
              label={t('versions.editor.minutes')}
              hint={t('versions.editor.minutesHint')}
              type="number"
              inputMode="decimal"
              min={0.5}
              max={240}
              step={0.5}
              value={phase.minutesText}
              error={error('minutes')}
              onChange={(e) => onChange({ ...phase, minutesText: e.currentTarget.value })}
            />
            <div className="mv-phase-actions">
              <button
                type="button"
                className="btn"
                data-focus={`${phase.id}:up`}
                disabled={index === 0}
                aria-label={t('versions.editor.moveUpLabel', { number, title })}
                onClick={() => onMove(-1)}
              >
                <span aria-hidden="true">{ARROWS.up}</span>
                {t('versions.editor.moveUp')}
              </button>
              <button
                type="button"
                className="btn"
                data-focus={`${phase.id}:down`}
                disabled={index === count - 1}
                aria-label={t('versions.editor.moveDownLabel', { number, title })}
                onClick={() => onMove(1)}
              >
                <span aria-hidden="true">{ARROWS.down}</span>
                {t('versions.editor.moveDown')}
              </button>
              <button
                type="button"
                className="btn btn-danger"
                disabled={count === 1}
                aria-label={t('versions.editor.removeLabel', { number, title })}
                onClick={onRemove}
              >
                {t('versions.editor.remove')}
              </button>
            </div>
          </div>
          <details open={open} onToggle={(e) => onOpen(e.currentTarget.open)}>
            <summary>{t('versions.editor.details')}</summary>
            {open && <PhaseFields phase={phase} error={error} onChange={onChange} />}
          </details>
        </>
      )}
    </li>
  );
}
