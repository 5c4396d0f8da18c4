import { useTranslation } from 'react-i18next';
import type { DiltsLevel, DiltsRow } from './model';
import { DILTS } from './model';

/**
 * The six logical levels as a pyramid, mission on top: each layer names its level and the diagnosis tally;
 * the statements per level follow below in reading order, so a screen reader gets the same content.
 */
export function DiltsPyramid({
  rows,
  current,
  chosen,
}: {
  rows: DiltsRow[];
  current?: DiltsLevel | null;
  /** The levels the case-giver chose to work on (one or more). */
  chosen?: readonly DiltsLevel[];
}) {
  const { t } = useTranslation();
  const byLevel = new Map(rows.map((r) => [r.level, r]));
  const maxTally = Math.max(1, ...rows.map((r) => r.tally));
  return (
    <section className="dilts" aria-label={t('room.dilts.title')}>
      <ol className="dilts-pyramid" aria-hidden="true">
        {DILTS.map((level, i) => {
          const row = byLevel.get(level);
          const classes = [
            'dilts-layer',
            level === current && 'is-current',
            chosen?.includes(level) && 'is-chosen',
          ]
            .filter(Boolean)
            .join(' ');
          return (
            <li key={level} className={classes} style={{ width: `${46 + i * 10.8}%` }}>
              <span>{t(`room.dilts.level.${level}`)}</span>
              {row && row.tally > 0 && (
                <span className="dilts-tally" style={{ opacity: 0.55 + (0.45 * row.tally) / maxTally }}>
                  {row.tally}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <ol className="dilts-levels">
        {DILTS.map((level) => {
          const row = byLevel.get(level);
          return (
            <li key={level} data-testid={`dilts-${level}`}>
              <h3>
                {t(`room.dilts.level.${level}`)}
                {chosen?.includes(level) && (
                  <span className="chip chip-strong">{t('room.dilts.chosen')}</span>
                )}
                {level === current && <span className="chip">{t('room.dilts.now')}</span>}
              </h3>
              <p className="hint">
                {t(`room.dilts.question.${level}`)} · {t('room.dilts.tally', { count: row?.tally ?? 0 })}
              </p>
              {row && row.statements.length > 0 && (
                <ul>
                  {row.statements.map((s) => (
                    <li key={s.id}>
                      {s.text}
                      {s.answer && (
                        <p className="contribution-answer">
                          <span className="answer-label">{t('room.contrib.answer')}</span> {s.answer}
                        </p>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
