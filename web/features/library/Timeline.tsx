import { useTranslation } from 'react-i18next';
import type { Method, Turns } from '../../../core/methods/schema';
import { CONTRIBUTORS, PLACEMENTS, TURNS } from '../../../core/methods/vocabulary';
import { lowerFirst, useLocalized } from './data';

/** Turn structures as glyphs (DejaVu and system fonts have them); an open conversation needs no mark. */
export const TURN_GLYPHS: Record<Turns, string> = {
  free: '',
  round: '\u21bb',
  stick: '\u2691',
  individual: '\u270e',
};

/**
 * The phases as one proportional strip: each segment's width is its share of the total time, its colour
 * (Okabe–Ito, safe for colour-blind readers) says who contributes, a glyph gives the turn structure and a
 * patterned band beneath shows where the case-giver is. Everything is also in the legend and in text.
 */
export function Timeline({ method, compact = false }: { method: Method; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const l = useLocalized();
  const total = method.durationMinutes;
  const fmt = (n: number) => (i18n.language === 'en' ? String(n) : String(n).replace('.', ','));
  const who = new Set(method.phases.map((p) => p.contributors));
  const turns = new Set(method.phases.map((p) => p.turns));
  const places = new Set(method.phases.map((p) => p.caseGiverPlacement));
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
            title={`${index + 1}. ${l(phase.title)} — ${t('library.method.phaseMinutes', { count: phase.minutes, minutes: fmt(phase.minutes) })}`}
          >
            <span aria-hidden="true">{index + 1}</span>
            <span className="lib-seg-turns" aria-hidden="true">
              {TURN_GLYPHS[phase.turns]}
            </span>
            <span className="lib-sr-only">
              {t('library.method.segment', {
                number: index + 1,
                title: l(phase.title),
                count: phase.minutes,
                minutes: fmt(phase.minutes),
                who: t(`library.contributors.${phase.contributors}`),
                turns: t(`library.turns.${phase.turns}`),
                placement: t(`library.placements.${phase.caseGiverPlacement}`),
              })}
            </span>
          </li>
        ))}
      </ol>
      <ol className="lib-timeline-places" aria-hidden="true">
        {method.phases.map((phase) => (
          <li
            key={phase.id}
            className={`lib-place-${phase.caseGiverPlacement}`}
            style={{ flexGrow: phase.minutes, flexBasis: 0 }}
          />
        ))}
      </ol>
      <div className="lib-timeline-scale" aria-hidden="true">
        <span>{t('library.meta.minutes', { count: 0 })}</span>
        <span>{t('library.meta.minutes', { count: total })}</span>
      </div>
      <div className="lib-legends" aria-hidden={compact ? 'true' : undefined}>
        <ul className="lib-legend" aria-label={t('library.method.legend')}>
          {CONTRIBUTORS.filter((c) => who.has(c)).map((c) => (
            <li key={c}>
              <span className={`lib-swatch lib-who-${c}`} aria-hidden="true" />
              {t(`library.contributors.${c}`)}
            </li>
          ))}
        </ul>
        <ul className="lib-legend" aria-label={t('library.method.turns')}>
          {TURNS.filter((x) => turns.has(x) && TURN_GLYPHS[x]).map((x) => (
            <li key={x}>
              <span className="lib-glyph" aria-hidden="true">
                {TURN_GLYPHS[x]}
              </span>
              {t(`library.turns.${x}`)}
            </li>
          ))}
        </ul>
        <ul className="lib-legend" aria-label={t('library.method.placement')}>
          {PLACEMENTS.filter((p) => p !== 'inCircle' && places.has(p)).map((p) => (
            <li key={p}>
              <span className={`lib-swatch lib-place-${p}`} aria-hidden="true" />
              {t('library.method.placementNote', { placement: lowerFirst(t(`library.placements.${p}`)) })}
            </li>
          ))}
        </ul>
      </div>
    </figure>
  );
}
