import './activities.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ProviderPage } from '../../../core/api/activities';
import { useTitle } from '../../lib/use-title';
import { Loaded } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';
import { ActivityCard } from './ActivityCard';

/** "/providers/:slug": who the provider is, their website, and what they offer now. */
export function ProviderProfilePage() {
  const { slug = '' } = useParams();
  const resource = useResource<ProviderPage>(`/api/providers/${encodeURIComponent(slug)}`);
  return <Loaded resource={resource}>{(p) => <Profile provider={p} />}</Loaded>;
}

function Profile({ provider: p }: { provider: ProviderPage }) {
  const { t } = useTranslation();
  useTitle(p.name);
  return (
    <div className="stack">
      <p className="badge">{t('activities.provider.badge')}</p>
      <h1>{p.name}</h1>
      {p.description && <p className="lead activity-description">{p.description}</p>}
      {p.website && (
        <p>
          <a href={p.website} rel="noopener noreferrer nofollow" target="_blank">
            {t('activities.provider.website')}
          </a>
        </p>
      )}
      <section aria-labelledby="provider-offer" className="stack">
        <h2 id="provider-offer">{t('activities.provider.offer')}</h2>
        {p.activities.length === 0 ? (
          <p className="muted">{t('activities.provider.none')}</p>
        ) : (
          <ul className="plain-list cards">
            {p.activities.map((a) => (
              <ActivityCard key={a.id} activity={a} />
            ))}
          </ul>
        )}
      </section>
      <p>
        <Link to="/activities">{t('activities.back')}</Link>
      </p>
    </div>
  );
}
