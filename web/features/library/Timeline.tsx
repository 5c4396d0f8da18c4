import { useTranslation } from 'react-i18next';
import { CONTRIBUTORS, type Method } from '../../../core/methods/schema';
import { useLocalized } from './data';

const formatMinutes = (n: number) => String(n).replace('.', ',');

/**
 * The phases as one proportional strip: each segment's width is its share of the total time, its colour
 * (Okabe–Ito, safe for colour-blind readers) says who contributes, and its number ties it to the list below.
 */
export function Timeline({ method, compact = false }: { method: Method; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const l = useLocalized();
  const total = method.durationMinutes;
  const fmt = (n: number) => (i18n.language === 'en' ? String(n) : formatMinutes(n));
  const used = new Set(method.phases.map((p) => p.contributors));
  return (
    <figure className={compact ? 'lib-timeline lib-timeline-compact' : 'lib-timeline'}>
      <figcaption className="lib-sr-only">
        {t('library.method.timelineSummary', { count: method.phases.length, minutes: fmt(total) })}
      </figcaption>
      <ol className="lib-timeline-strip">
        {method.phases.map((phase, index) => (
          <li
            key={phase.id}
            className={`lib-seg lib-who-${phase.contributors}`}
            style={{ flexGrow: phase.minutes, flexBasis: 0 }}
            title={`${index + 1}. ${l(phase.title)} — ${t('library.method.phaseMinutes', { minutes: fmt(phase.minutes) })}`}
          >
            <span aria-hidden="true">{index + 1}</span>
            <span className="lib-sr-only">
              {t('library.method.segment', {
                number: index + 1,
                title: l(phase.title),
                minutes: fmt(phase.minutes),
                who: t(`library.contributors.${phase.contributors}`),
              })}
            </span>
          </li>
        ))}
      </ol>
      <div className="lib-timeline-scale" aria-hidden="true">
        <span>{t('library.meta.minutes', { count: 0 })}</span>
        <span>{t('library.meta.minutes', { count: total })}</span>
      </div>
      <ul className="lib-legend" aria-label={t('library.method.legend')}>
        {CONTRIBUTORS.filter((c) => used.has(c)).map((c) => (
          <li key={c}>
            <span className={`lib-swatch lib-who-${c}`} aria-hidden="true" />
            {t(`library.contributors.${c}`)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
