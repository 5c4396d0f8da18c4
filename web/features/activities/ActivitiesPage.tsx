import './activities.css';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ActivityList } from '../../../core/api/activities';
import { useSession } from '../../lib/session';
import { useTitle } from '../../lib/use-title';
import { Loaded } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';
import { useLocalized, useMethodList } from '../library/data';
import { ActivityCard } from './ActivityCard';

const FILTERS = ['profession', 'mode', 'from', 'method'] as const;

/** "/activities": guided trajectories and open sessions that providers offer, with filters in the URL. */
export function ActivitiesPage() {
  const { t } = useTranslation();
  useTitle(t('activities.title'));
  const [params, setParams] = useSearchParams();
  const query = new URLSearchParams();
  for (const key of FILTERS) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  const list = useResource<ActivityList>(`/api/activities${query.size ? `?${query}` : ''}`);
  const methods = useMethodList().data;
  const localized = useLocalized();
  const { user } = useSession();
  const set = (key: (typeof FILTERS)[number], value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <div className="stack">
      <h1>{t('activities.title')}</h1>
      <p className="lead">{t('activities.lead')}</p>
      <form
        className="activity-filters"
        aria-label={t('activities.filters.title')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field">
          <label htmlFor="f-profession">{t('activities.filters.profession')}</label>
          <input
            id="f-profession"
            type="search"
            defaultValue={params.get('profession') ?? ''}
            onChange={(e) => set('profession', e.target.value.trim())}
          />
        </div>
        <div className="field">
          <label htmlFor="f-mode">{t('activities.filters.mode')}</label>
          <select id="f-mode" value={params.get('mode') ?? ''} onChange={(e) => set('mode', e.target.value)}>
            <option value="">{t('activities.filters.any')}</option>
            <option value="place">{t('activities.filters.place')}</option>
            <option value="online">{t('activities.filters.online')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-from">{t('activities.filters.from')}</label>
          <input
            id="f-from"
            type="date"
            value={params.get('from') ?? ''}
            onChange={(e) => set('from', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="f-method">{t('activities.filters.method')}</label>
          <select
            id="f-method"
            value={params.get('method') ?? ''}
            onChange={(e) => set('method', e.target.value)}
          >
            <option value="">{t('activities.filters.any')}</option>
            {methods?.lang === 'all' &&
              methods.methods.map((m) => (
                <option key={m.id} value={m.id}>
                  {localized(m.names)}
                </option>
              ))}
          </select>
        </div>
      </form>
      <section aria-live="polite" aria-label={t('activities.results')}>
        <Loaded resource={list}>
          {(data) =>
            data.activities.length === 0 ? (
              <div className="card empty-state">
                <h2>{t('activities.emptyTitle')}</h2>
                <p>{t('activities.emptyBody')}</p>
              </div>
            ) : (
              <ul className="plain-list cards">
                {data.activities.map((a) => (
                  <ActivityCard key={a.id} activity={a} />
                ))}
              </ul>
            )
          }
        </Loaded>
      </section>
      <ul className="plain-list activity-files">
        <li>
          <a href="/activities/feed.atom" type="application/atom+xml">
            {t('activities.feed')}
          </a>
        </li>
        {user && (
          <li>
            <Link to="/provider">{t('activities.manage.link')}</Link>
          </li>
        )}
      </ul>
    </div>
  );
}
