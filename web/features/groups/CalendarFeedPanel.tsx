import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarFeedCreated, CalendarFeedStatus } from '../../../core/api/groups';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';
import { CopyField } from './lib/CopyField';
import { formatDate } from './lib/format';
import { Loaded } from './lib/Page';
import { useResource } from './lib/use-resource';

/** The personal calendar feed: create (or renew), copy the secret URL once, revoke. */
export function CalendarFeedPanel() {
  const { t } = useTranslation();
  const status = useResource<CalendarFeedStatus>('/api/me/calendar-feed');
  const [created, setCreated] = useState<CalendarFeedCreated | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [revoked, setRevoked] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setRevoked(false);
    try {
      await action();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const create = () =>
    run(async () => {
      const feed = await api<CalendarFeedCreated>('/api/me/calendar-feed', { method: 'POST', body: {} });
      setCreated(feed);
      status.setData({ active: true, createdAt: feed.createdAt });
    });
  const revoke = () =>
    run(async () => {
      await api('/api/me/calendar-feed', { method: 'DELETE' });
      setCreated(null);
      setRevoked(true);
      status.setData({ active: false, createdAt: null });
    });

  return (
    <section className="card" aria-labelledby="feed-title">
      <h2 id="feed-title">{t('groupsUi.feed.title')}</h2>
      <p className="hint">{t('groupsUi.feed.lead')}</p>
      {Boolean(error) && <ErrorState error={error} />}
      {revoked && (
        <p className="notice" role="status">
          {t('groupsUi.feed.revoked')}
        </p>
      )}
      <Loaded resource={status}>
        {(feed) => (
          <div className="stack-sm">
            {created && <CopyField label={t('groupsUi.feed.url')} value={created.url} />}
            {created && <p className="hint">{t('groupsUi.feed.onlyOnce')}</p>}
            {feed.active && !created && feed.createdAt && (
              <p>{t('groupsUi.feed.activeSince', { date: formatDate(feed.createdAt) })}</p>
            )}
            <div className="actions">
              <button type="button" className="btn btn-primary" disabled={busy} onClick={create}>
                {feed.active ? t('groupsUi.feed.renew') : t('groupsUi.feed.create')}
              </button>
              {feed.active && (
                <button type="button" className="btn btn-danger" disabled={busy} onClick={revoke}>
                  {t('groupsUi.feed.revoke')}
                </button>
              )}
            </div>
            {feed.active && <p className="hint">{t('groupsUi.feed.renewHint')}</p>}
          </div>
        )}
      </Loaded>
    </section>
  );
}
