import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Activity } from '../../../core/api/activities';
import { placesText, sessionDate, wherePlace } from './format';

/** One activity in the list: what, by whom, when, where, and how many places are left. */
export function ActivityCard({ activity: a }: { activity: Activity }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="card activity-card">
      <p className="badge">{t(`activities.kinds.${a.kind}`)}</p>
      <h2>
        <Link to={`/activities/${a.id}`}>{a.title}</Link>
      </h2>
      <p className="muted">{t('activities.by', { provider: a.provider.name })}</p>
      <dl className="activity-facts">
        <dt>{t('activities.facts.first')}</dt>
        <dd>
          {t('activities.facts.firstOf', {
            date: sessionDate(a.sessions[0] ?? '', a, i18n.language),
            count: a.sessions.length,
          })}
        </dd>
        <dt>{t('activities.facts.where')}</dt>
        <dd>{wherePlace(t, a)}</dd>
        <dt>{t('activities.facts.places')}</dt>
        <dd>{placesText(t, a)}</dd>
      </dl>
    </li>
  );
}
