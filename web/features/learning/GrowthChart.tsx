import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reflection } from '../../../core/api/learning';
import { EFFECTS, type Effect } from '../../../core/api/trajectories';
import { formatDate } from '../groups/lib/format';
import type { EffectRow } from './EffectLines';

const EffectLines = lazy(() => import('./EffectLines').then((m) => ({ default: m.EffectLines })));

/**
 * One's own scores per effect over the meetings: a line chart, a sentence per effect that says the same for
 * screen readers, and the table it is drawn from (shown too, and what a printer gets if SVG fails).
 */
export function GrowthChart({
  reflections,
  chosen,
}: {
  reflections: Reflection[];
  chosen: readonly Effect[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const rated = EFFECTS.filter(
    (e) => chosen.includes(e) || reflections.some((r) => r.ratings[e] !== undefined),
  );
  if (reflections.length === 0 || rated.length === 0) return <p>{t('trajectories.learning.chart.empty')}</p>;
  const rows: EffectRow[] = reflections.map((r) => ({ label: formatDate(r.startsAt), ...r.ratings }));
  const names = Object.fromEntries(EFFECTS.map((e) => [e, t(`trajectories.effects.${e}`)])) as Record<
    Effect,
    string
  >;
  const summaries = rated.flatMap((effect) => {
    const scores = reflections.flatMap((r) => (r.ratings[effect] === undefined ? [] : [r.ratings[effect]]));
    if (scores.length === 0) return [];
    return [
      t('trajectories.learning.chart.summary', {
        effect: names[effect],
        first: scores[0],
        last: scores.at(-1),
        count: scores.length,
      }),
    ];
  });
  return (
    <figure className="chart-figure stack-sm" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{t('trajectories.learning.chart.caption')}</figcaption>
      <Suspense fallback={<p className="hint">{t('trajectories.learning.chart.loading')}</p>}>
        <EffectLines rows={rows} effects={rated} names={names} axis={t('trajectories.learning.chart.axis')} />
      </Suspense>
      <ul id={`${id}-summary`}>
        {summaries.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      {/* Focusable so a keyboard can scroll a table wider than the phone (axe scrollable-region-focusable). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="table-scroll" aria-labelledby={`${id}-table`} tabIndex={0}>
        <table>
          <caption id={`${id}-table`}>{t('trajectories.learning.chart.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trajectories.learning.chart.meeting')}</th>
              {rated.map((e) => (
                <th key={e} scope="col">
                  {names[e]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={reflections[i]!.meetingId}>
                <th scope="row">{row.label}</th>
                {rated.map((e) => (
                  <td key={e}>{row[e] ?? t('trajectories.learning.chart.notRated')}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </figure>
  );
}
