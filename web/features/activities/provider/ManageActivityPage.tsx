import '../activities.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ProviderActivity, ProviderActivityList, ProviderMember } from '../../../../core/api/activities';
import { ErrorState } from '../../../components/Status';
import { api } from '../../../lib/api';
import { useTitle } from '../../../lib/use-title';
import { Loaded, RequireUser } from '../../groups/lib/Page';
import { useResource } from '../../groups/lib/use-resource';
import { ActivityForm } from './ActivityForm';
import { MessageForm } from './MessageForm';
import { SignupsPanel } from './SignupsPanel';

/** "/provider/:slug/activities/:id": one activity as its provider runs it. */
export function ManageActivityPage() {
  const { slug = '', activityId = '' } = useParams();
  const list = useResource<ProviderActivityList>(`/api/providers/${slug}/activities`);
  const members = useResource<{ members: ProviderMember[] }>(`/api/providers/${slug}/members`);
  return (
    <RequireUser>
      <Loaded resource={list}>
        {(data) => {
          const activity = data.activities.find((a) => a.id === activityId);
          if (!activity) return <ErrorState error={new Error('not_found')} />;
          return (
            <Manage
              slug={slug}
              activity={activity}
              members={members.data?.members ?? []}
              reload={list.reload}
            />
          );
        }}
      </Loaded>
    </RequireUser>
  );
}

type Props = { slug: string; activity: ProviderActivity; members: ProviderMember[]; reload(): void };

function Manage({ slug, activity: a, members, reload }: Props) {
  const { t } = useTranslation();
  useTitle(a.title);
  const [error, setError] = useState<unknown>(null);
  const [cancelling, setCancelling] = useState(false);
  const [message, setMessage] = useState('');
  const act =
    (path: string, body: unknown = {}) =>
    async () => {
      setError(null);
      try {
        await api(`/api/activities/${a.id}/${path}`, { body });
        setCancelling(false);
        reload();
      } catch (e) {
        setError(e);
      }
    };
  const open = a.status !== 'cancelled';
  return (
    <div className="stack narrow">
      <p>
        <Link to="/provider">{t('activities.manage.title')}</Link>
      </p>
      <h1>{a.title}</h1>
      <p className="provider-activity-line">
        <span className="badge">{t(`activities.status.${a.status}`)}</span>
        {t('activities.manage.counts', { confirmed: a.confirmed, capacity: a.capacity, waiting: a.waiting })}
      </p>
      {Boolean(error) && <ErrorState error={error} />}
      <div className="actions">
        {a.status === 'published' && (
          <Link to={`/activities/${a.id}`}>{t('activities.manage.publicPage')}</Link>
        )}
        {a.status === 'draft' && (
          <button type="button" className="btn btn-primary" onClick={act('publish')}>
            {t('activities.manage.publish')}
          </button>
        )}
        {a.groupId ? (
          <Link to={`/groups/${a.groupId}`}>{t('activities.manage.group')}</Link>
        ) : (
          a.kind === 'trajectory' &&
          a.status === 'published' && (
            <button type="button" className="btn" onClick={act('start')}>
              {t('activities.manage.start')}
            </button>
          )
        )}
        {open && !cancelling && (
          <button type="button" className="btn btn-danger" onClick={() => setCancelling(true)}>
            {t('activities.manage.cancel')}
          </button>
        )}
      </div>
      {cancelling && (
        <div className="card stack">
          <label htmlFor="cancel-message">{t('activities.manage.cancelMessage')}</label>
          <textarea
            id="cancel-message"
            rows={3}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
          />
          <div className="actions">
            <button type="button" className="btn btn-danger" onClick={act('cancel', { message })}>
              {t('activities.manage.cancelConfirm')}
            </button>
            <button type="button" className="btn" onClick={() => setCancelling(false)}>
              {t('activities.manage.keep')}
            </button>
          </div>
        </div>
      )}
      <SignupsPanel activityId={a.id} />
      {open && <MessageForm activityId={a.id} />}
      {open && (
        <details className="card">
          <summary>{t('activities.manage.edit')}</summary>
          <ActivityForm
            initial={a}
            members={members}
            submitLabel={t('activities.form.save')}
            onSubmit={async (input) => {
              await api(`/api/activities/${a.id}`, { method: 'PUT', body: input });
              reload();
            }}
          />
        </details>
      )}
      <p className="muted">
        <Link to={`/providers/${slug}`}>{t('activities.manage.profile')}</Link>
      </p>
    </div>
  );
}
