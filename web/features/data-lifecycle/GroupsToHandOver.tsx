import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AccountDeletion } from '../../../core/api/personal-data';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';

type Group = AccountDeletion['lastAdminOf'][number];

/**
 * The groups where the person is the last admin while others remain (ACCOUNT-2): each links to the group
 * page, where they make someone else admin, or is closed here after a second click (its members get mail).
 */
export function GroupsToHandOver({ groups, onClosed }: { groups: Group[]; onClosed(): void }) {
  const { t } = useTranslation();
  return (
    <div className="stack-sm">
      <p>{t('dataUi.deletion.lastAdminLead')}</p>
      <ul className="stack-sm">
        {groups.map((group) => (
          <GroupToHandOver key={group.id} group={group} onClosed={onClosed} />
        ))}
      </ul>
    </div>
  );
}

function GroupToHandOver({ group, onClosed }: { group: Group; onClosed(): void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const close = async () => {
    try {
      await api(`/api/groups/${group.id}`, { method: 'DELETE' });
      onClosed();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <li className="stack-sm">
      <strong>{group.name}</strong>
      {Boolean(error) && <ErrorState error={error} />}
      {confirming ? (
        <>
          <p role="alert">{t('dataUi.deletion.confirmDeleteGroup', { group: group.name })}</p>
          <div className="actions">
            <button type="button" className="btn btn-danger" onClick={close}>
              {t('dataUi.deletion.deleteGroup', { group: group.name })}
            </button>
            <button type="button" className="btn" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </>
      ) : (
        <div className="actions">
          <Link className="btn" to={`/groups/${group.id}`}>
            {t('dataUi.deletion.handOver')}
          </Link>
          <button type="button" className="btn" onClick={() => setConfirming(true)}>
            {t('dataUi.deletion.deleteGroup', { group: group.name })}
          </button>
        </div>
      )}
    </li>
  );
}
