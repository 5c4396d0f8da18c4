import '../activities.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyProviders, Provider, ProviderActivityList } from '../../../../core/api/activities';
import { useTitle } from '../../../lib/use-title';
import { Loaded, RequireUser } from '../../groups/lib/Page';
import { useResource } from '../../groups/lib/use-resource';
import { sessionDate } from '../format';
import { OperatorPanel } from './OperatorPanel';

/** "/provider": the activities of each provider this account acts for, and the operator's tools. */
export function ProviderHome() {
  const { t } = useTranslation();
  useTitle(t('activities.manage.title'));
  const mine = useResource<MyProviders>('/api/me/providers');
  return (
    <RequireUser>
      <div className="stack">
        <h1>{t('activities.manage.title')}</h1>
        <Loaded resource={mine}>
          {(data) => (
            <>
              {data.providers.length === 0 && !data.operator && (
                <p className="card empty-state">{t('activities.manage.noRole')}</p>
              )}
              {data.providers.map((p) => (
                <ProviderActivities key={p.id} provider={p} />
              ))}
              {data.operator && <OperatorPanel onChange={mine.reload} />}
            </>
          )}
        </Loaded>
      </div>
    </RequireUser>
  );
}

function ProviderActivities({ provider }: { provider: Provider }) {
  const { t, i18n } = useTranslation();
  const list = useResource<ProviderActivityList>(`/api/providers/${provider.slug}/activities`);
  return (
    <section className="card stack" aria-labelledby={`provider-${provider.slug}`}>
      <h2 id={`provider-${provider.slug}`}>{provider.name}</h2>
      <div className="actions">
        <Link className="btn btn-primary" to={`/provider/${provider.slug}/new`}>
          {t('activities.manage.new')}
        </Link>
        <Link to={`/providers/${provider.slug}`}>{t('activities.manage.profile')}</Link>
      </div>
      <Loaded resource={list}>
        {(data) =>
          data.activities.length === 0 ? (
            <p className="muted">{t('activities.manage.empty')}</p>
          ) : (
            <ul className="plain-list provider-activities">
              {data.activities.map((a) => (
                <li key={a.id} className="provider-activity-line">
                  <Link to={`/provider/${provider.slug}/activities/${a.id}`}>{a.title}</Link>
                  <span className="badge">{t(`activities.status.${a.status}`)}</span>
                  <span className="muted">{sessionDate(a.sessions[0] ?? '', a, i18n.language)}</span>
                  <span className="muted">
                    {t('activities.manage.counts', {
                      confirmed: a.confirmed,
                      capacity: a.capacity,
                      waiting: a.waiting,
                    })}
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}
