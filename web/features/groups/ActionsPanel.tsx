import '../meetings/meetings.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActionItem, ActionList } from '../../../core/api/groups';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';
import { Loaded } from './lib/Page';
import { TextArea } from './lib/TextArea';
import { useResource } from './lib/use-resource';

/** My open actions from case-givers' decisions, with a note on what I did and a way to close them. */
export function ActionsPanel() {
  const { t } = useTranslation();
  const actions = useResource<ActionList>('/api/me/actions');
  return (
    <section className="card" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('groupsUi.actions.title')}</h2>
      <p className="hint">{t('groupsUi.actions.lead')}</p>
      <Loaded resource={actions}>
        {(data) => {
          const open = data.actions.filter((a) => a.status === 'open');
          if (open.length === 0) return <p className="muted">{t('groupsUi.actions.empty')}</p>;
          return (
            <ul className="plain-list stack-sm">
              {open.map((a) => (
                <ActionRow
                  key={a.id}
                  action={a}
                  onChange={(next) =>
                    actions.setData(
                      (d) => d && { actions: d.actions.map((x) => (x.id === next.id ? next : x)) },
                    )
                  }
                />
              ))}
            </ul>
          );
        }}
      </Loaded>
    </section>
  );
}

function ActionRow({ action, onChange }: { action: ActionItem; onChange(a: ActionItem): void }) {
  const { t } = useTranslation();
  const [followUp, setFollowUp] = useState(action.followUp);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  const save = async (status?: 'done') => {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      onChange(
        await api<ActionItem>(`/api/actions/${action.id}`, { method: 'PATCH', body: { followUp, status } }),
      );
      setSaved(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="action-row">
      <p className="action-text">{action.text}</p>
      <p className="hint">
        {action.meetingId ? (
          <Link to={`/meetings/${action.meetingId}`}>{action.groupName}</Link>
        ) : (
          <Link to={`/groups/${action.groupId}`}>{action.groupName}</Link>
        )}
      </p>
      {Boolean(error) && <ErrorState error={error} />}
      <TextArea
        label={t('groupsUi.actions.followUp')}
        value={followUp}
        rows={2}
        maxLength={2000}
        onChange={(e) => setFollowUp(e.target.value)}
      />
      <div className="actions">
        <button type="button" className="btn" disabled={busy} onClick={() => save()}>
          {t('groupsUi.actions.saveNote')}
        </button>
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => save('done')}>
          {t('groupsUi.actions.markDone')}
        </button>
      </div>
      {saved && (
        <p role="status" className="hint">
          {t('common.saved')}
        </p>
      )}
    </li>
  );
}
