import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectoryAggregates } from '../../../core/api/trajectories';
import { formatDate } from '../groups/lib/format';

// Recharts comes with the charts, in their own chunk: a page without shared figures never loads it.
const AirtimeBars = lazy(() => import('./AggregateCharts').then((m) => ({ default: m.AirtimeBars })));
const HeardLine = lazy(() => import('./AggregateCharts').then((m) => ({ default: m.HeardLine })));

/**
 * The figures the group agreed to share, over the meetings held: tables a screen reader and a printer read
 * as they are. Only keys the server sent are shown; it leaves out what the group does not share.
 */
export function AggregatesView({ aggregates: a }: { aggregates: TrajectoryAggregates }) {
  const { t } = useTranslation();
  const id = useId();
  const name = (n: string) => n || t('trajectories.page.formerMember');
  const shared = a.participation || a.airtime || a.heard || a.methods || a.rotation;
  return (
    <section className="card stack-sm" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('trajectories.aggregates.title')}</h2>
      {!shared ? (
        <p>{t('trajectories.aggregates.none')}</p>
      ) : (
        <>
          <p className="hint">{t('trajectories.aggregates.ended', { count: a.endedMeetings })}</p>
          {a.methods && <p>{t('trajectories.aggregates.methodsLine', a.methods)}</p>}
          {a.participation && (
            <Figures
              title={t('trajectories.aggregateNames.participation')}
              rows={a.participation.map((p) => [
                name(p.name),
                t('trajectories.aggregates.attended', { count: p.attended }),
              ])}
            />
          )}
          {a.airtime && (
            <Suspense fallback={null}>
              <AirtimeBars
                axis={t('trajectories.learning.groupCharts.airtimeAxis')}
                rows={a.airtime.map((p) => ({ name: name(p.name), percent: Math.round(p.share * 100) }))}
              />
            </Suspense>
          )}
          {a.airtime && (
            <Figures
              title={t('trajectories.aggregateNames.airtime')}
              rows={a.airtime.map((p) => [
                name(p.name),
                t('trajectories.aggregates.share', { percent: Math.round(p.share * 100) }),
              ])}
            />
          )}
          {a.rotation && (
            <Figures
              title={t('trajectories.aggregateNames.rotation')}
              rows={a.rotation.map((p) => [
                name(p.name),
                `${t('trajectories.aggregates.chaired')} ${p.chaired} · ${t('trajectories.aggregates.caseGiver')} ${p.caseGiver}`,
              ])}
            />
          )}
          {a.heard && (
            <Suspense fallback={null}>
              <HeardLine
                axis={t('trajectories.learning.groupCharts.heardAxis')}
                rows={a.heard.map((h) => ({ label: formatDate(h.startsAt), score: h.score }))}
              />
            </Suspense>
          )}
          {a.heard && (
            <Figures
              title={t('trajectories.aggregateNames.heard')}
              head={[t('trajectories.aggregates.meeting'), t('trajectories.aggregates.heardScore')]}
              rows={a.heard.map((h) => [
                formatDate(h.startsAt),
                h.score === null ? t('trajectories.aggregates.noRating') : String(h.score),
              ])}
            />
          )}
        </>
      )}
    </section>
  );
}

function Figures({
  title,
  head,
  rows,
}: {
  title: string;
  head?: [string, string];
  rows: [string, string][];
}) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{head?.[0] ?? t('trajectories.aggregates.person')}</th>
            <th scope="col">{head?.[1] ?? title}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
