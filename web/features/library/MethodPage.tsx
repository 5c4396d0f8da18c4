import './library.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, Loading } from '../../components/Status';
import { useTitle } from '../../lib/use-title';
import { useLocalized, useMethod } from './data';
import { MethodFacts } from './MethodFacts';
import { PhaseCard } from './PhaseCard';
import { Timeline } from './Timeline';

/** /methods/:id: what the method is for, its timeline, every phase in detail, and the roles it needs. */
export function MethodPage() {
  const { t } = useTranslation();
  const l = useLocalized();
  const { id = '' } = useParams();
  const { data, error, retry } = useMethod(id);
  const method = data?.method;
  useTitle(method ? l(method.names) : t('library.list.title'));

  if (error) {
    return (
      <div className="method-page">
        <Link to="/methods" className="lib-back-link">
          {t('library.method.back')}
        </Link>
        <ErrorState error={error} onRetry={retry} />
      </div>
    );
  }
  if (!method) return <Loading />;
  return (
    <article className="method-page">
      <Link to="/methods" className="lib-back-link">
        {t('library.method.back')}
      </Link>
      <header className="lib-method-hero">
        <h1>{l(method.names)}</h1>
        <p className="lead">{l(method.summary)}</p>
        <MethodFacts method={{ ...method, phaseCount: method.phases.length }} />
        {method.reconstruction && (
          <aside className="notice lib-notice-reconstruction" aria-label={t('library.reconstruction.label')}>
            <p>
              <strong>{t('library.reconstruction.label')}</strong>
            </p>
            <p>{t('library.reconstruction.body')}</p>
          </aside>
        )}
      </header>
      <div className="lib-method-layout">
        <div className="lib-method-main">
          <section aria-labelledby="intent">
            <h2 id="intent">{t('library.method.intent')}</h2>
            <p>{l(method.intent)}</p>
          </section>
          <section aria-labelledby="timeline">
            <h2 id="timeline">{t('library.method.timeline')}</h2>
            <Timeline method={method} />
          </section>
          <section aria-labelledby="phases">
            <h2 id="phases">{t('library.method.phases')}</h2>
            <ol className="lib-phase-list">
              {method.phases.map((phase, index) => (
                <PhaseCard key={phase.id} phase={phase} index={index} total={method.durationMinutes} />
              ))}
            </ol>
          </section>
        </div>
        <aside className="lib-method-side">
          <section aria-labelledby="roles" className="lib-side-card">
            <h2 id="roles">{t('library.method.roles')}</h2>
            <dl className="lib-roles">
              {method.roles.map((role) => (
                <div key={role}>
                  <dt>{t(`library.roles.${role}.name`)}</dt>
                  <dd>{t(`library.roles.${role}.body`)}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section aria-labelledby="origin" className="lib-side-card">
            <h2 id="origin">{t('library.method.origin')}</h2>
            <p>{l(method.origin)}</p>
          </section>
          <div className="lib-side-actions">
            <Link to={`/methods/${method.id}/print`} className="btn">
              {t('library.method.print')}
            </Link>
            <p className="hint">{t('library.method.useInGroup')}</p>
          </div>
        </aside>
      </div>
    </article>
  );
}
