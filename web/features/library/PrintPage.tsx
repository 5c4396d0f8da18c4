import './print.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, Loading } from '../../components/Status';
import { useTitle } from '../../lib/use-title';
import { lowerFirst, useLocalized, useMethod } from './data';
import { Timeline } from './Timeline';

/** /methods/:id/print: one A4 sheet per method for groups that meet in a room; the print button opens the dialog. */
export function PrintPage() {
  const { t } = useTranslation();
  const l = useLocalized();
  const { id = '' } = useParams();
  const { data, error, retry } = useMethod(id);
  const method = data?.method;
  useTitle(method ? l(method.names) : t('library.list.title'));
  if (error) return <ErrorState error={error} onRetry={retry} />;
  if (!method) return <Loading />;
  return (
    <div className="lib-print-page">
      <div className="lib-print-toolbar">
        <Link to={`/methods/${method.id}`} className="btn btn-ghost">
          {t('library.print.back')}
        </Link>
        <button type="button" className="btn btn-primary" onClick={() => window.print()}>
          {t('library.print.button')}
        </button>
        <p className="hint">{t('library.print.hint')}</p>
      </div>
      <article className="lib-sheet">
        <header className="lib-sheet-head">
          <h1>{l(method.names)}</h1>
          <p className="lib-sheet-meta">
            {[
              t('library.meta.minutes', { count: method.durationMinutes }),
              t('library.meta.people', { min: method.groupSize.min, max: method.groupSize.max }),
              t(`library.experience.${method.experience}`),
            ].join(' · ')}
          </p>
          <p className="lib-sheet-intent">{l(method.intent)}</p>
          {method.reconstruction && (
            <p className="lib-sheet-reconstruction">
              <strong>{t('library.reconstruction.label')}</strong>
              <br />
              {t('library.reconstruction.body')}
            </p>
          )}
        </header>
        <Timeline method={method} compact />
        <ol className="lib-sheet-phases">
          {method.phases.map((phase, index) => (
            <li key={phase.id}>
              <div className="lib-sheet-phase-head">
                <span className={`lib-phase-number lib-who-${phase.contributors}`} aria-hidden="true">
                  {index + 1}
                </span>
                <h2>{l(phase.title)}</h2>
                <span className="lib-sheet-minutes">
                  {t('library.meta.minutes', { count: phase.minutes })}
                </span>
              </div>
              <p className="lib-sheet-who">
                {[
                  t(`library.contributors.${phase.contributors}`),
                  t(`library.turns.${phase.turns}`),
                  phase.caseGiverPlacement === 'inCircle'
                    ? null
                    : t('library.method.placementNote', {
                        placement: lowerFirst(t(`library.placements.${phase.caseGiverPlacement}`)),
                      }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              <p>{l(phase.instructions)}</p>
              {phase.rules.length > 0 && (
                <p className="lib-sheet-rules">
                  {t('library.print.rules', { rules: phase.rules.map(l).join(' · ') })}
                </p>
              )}
            </li>
          ))}
        </ol>
        <footer className="lib-sheet-foot">
          <span>
            {t('library.method.roles')}: {method.roles.map((r) => t(`library.roles.${r}.name`)).join(', ')}
          </span>
          <span>{t('library.print.footer')}</span>
        </footer>
      </article>
    </div>
  );
}
