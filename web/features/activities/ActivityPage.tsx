import './activities.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Activity, SignupResult } from '../../../core/api/activities';
import { Field } from '../../components/Field';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';
import { useSession } from '../../lib/session';
import { useSubmit } from '../../lib/use-form';
import { useTitle } from '../../lib/use-title';
import { Loaded } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';
import { placesText, sessionDate, wherePlace } from './format';

/** "/activities/:id": everything about one activity, and signing up for it. */
export function ActivityPage() {
  const { activityId = '' } = useParams();
  const resource = useResource<Activity>(`/api/activities/${encodeURIComponent(activityId)}`);
  return <Loaded resource={resource}>{(a) => <ActivityDetails activity={a} />}</Loaded>;
}

function ActivityDetails({ activity: a }: { activity: Activity }) {
  const { t, i18n } = useTranslation();
  useTitle(a.title);
  return (
    <article className="stack narrow activity">
      <p className="badge">{t(`activities.kinds.${a.kind}`)}</p>
      <h1>{a.title}</h1>
      <p className="muted">
        {t('activities.byPrefix')} <Link to={`/providers/${a.provider.slug}`}>{a.provider.name}</Link>
      </p>
      {a.cancelled && (
        <p className="notice" role="status">
          {t('activities.cancelledNotice')}
        </p>
      )}
      <p className="activity-description">{a.description}</p>
      <dl className="activity-facts">
        <dt>{t('activities.facts.when')}</dt>
        <dd>
          <ol className="plain-list">
            {a.sessions.map((s) => (
              <li key={s}>
                {t('activities.facts.session', {
                  date: sessionDate(s, a, i18n.language),
                  count: a.durationMinutes,
                  minutes: a.durationMinutes,
                })}
              </li>
            ))}
          </ol>
        </dd>
        <dt>{t('activities.facts.where')}</dt>
        <dd>{wherePlace(t, a)}</dd>
        {a.priceText && (
          <>
            <dt>{t('activities.facts.price')}</dt>
            <dd>{a.priceText}</dd>
          </>
        )}
        {a.professions.length > 0 && (
          <>
            <dt>{t('activities.facts.for')}</dt>
            <dd>{a.professions.join(', ')}</dd>
          </>
        )}
        {a.registerHours.length > 0 && (
          <>
            <dt>{t('activities.facts.hours')}</dt>
            <dd>{a.registerHours.join('; ')}</dd>
          </>
        )}
        <dt>{t('activities.facts.places')}</dt>
        <dd>{placesText(t, a)}</dd>
      </dl>
      {!a.cancelled && <SignUp activity={a} />}
      <ul className="plain-list activity-files">
        <li>
          <a href={`/api/activities/${a.id}/calendar.ics?lang=${i18n.language}`} download>
            {t('activities.files.calendar')}
          </a>
        </li>
        <li>
          <a href={`/api/activities/${a.id}/flyer.pdf?lang=${i18n.language}`}>
            {t('activities.files.flyer')}
          </a>
        </li>
      </ul>
      <p>
        <Link to="/activities">{t('activities.back')}</Link>
      </p>
    </article>
  );
}

/** With an account one click; without one a name and an address to confirm. */
function SignUp({ activity: a }: { activity: Activity }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [result, setResult] = useState<SignupResult | null>(null);
  const { busy, error, fieldErrors, onSubmit } = useSubmit(
    (data) =>
      api<SignupResult>(`/api/activities/${a.id}/signups`, {
        body: user ? {} : { name: String(data.get('name') ?? ''), email: String(data.get('email') ?? '') },
      }),
    setResult,
  );
  return (
    <section className="card" aria-labelledby="signup-title">
      <h2 id="signup-title">{t('activities.signup.title')}</h2>
      {result ? (
        <p className="notice" role="status">
          {t(`activities.signup.result.${result.status}`)}
        </p>
      ) : (
        <form onSubmit={onSubmit} className="form" noValidate>
          {Boolean(error) && <ErrorState error={error} />}
          <p>{a.placesLeft > 0 ? t('activities.signup.lead') : t('activities.signup.leadFull')}</p>
          {!user && (
            <>
              <Field
                label={t('activities.signup.name')}
                name="name"
                required
                autoComplete="name"
                error={fieldErrors.name}
              />
              <Field
                label={t('activities.signup.email')}
                name="email"
                type="email"
                required
                autoComplete="email"
                hint={t('activities.signup.emailHint')}
                error={fieldErrors.email}
              />
            </>
          )}
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {a.placesLeft > 0 ? t('activities.signup.submit') : t('activities.signup.submitWaiting')}
          </button>
        </form>
      )}
    </section>
  );
}
