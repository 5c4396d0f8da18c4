import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Group } from '../../../core/api/groups';

/** My groups as cards, or an invitation to start one when I have none. */
export function GroupCards({ groups }: { groups: Group[] }) {
  const { t } = useTranslation();
  if (groups.length === 0)
    return (
      <div className="card empty-state">
        <h3>{t('groupsUi.dashboard.emptyTitle')}</h3>
        <p>{t('groupsUi.dashboard.emptyBody')}</p>
        <div className="actions">
          <Link to="/groups/new" className="btn btn-primary">
            {t('groupsUi.dashboard.emptyCta')}
          </Link>
        </div>
        <p className="hint">{t('groupsUi.dashboard.emptyInviteHint')}</p>
      </div>
    );
  return (
    <ul className="cards plain-list">
      {groups.map((g) => (
        <li key={g.id} className="card group-card">
          <h3>
            <Link to={`/groups/${g.id}`}>{g.name}</Link>
          </h3>
          {g.description && <p className="muted clamp">{g.description}</p>}
          <p className="group-card-meta">
            <span className="badge">{t(`groupsUi.roles.${g.myRole}`)}</span>
            <span>{t('groupsUi.memberCount', { count: g.memberCount })}</span>
          </p>
          {!g.acceptedCurrentRules && (
            <p className="notice notice-warn">
              <Link to={`/groups/${g.id}/rules`}>{t('groupsUi.rules.pendingShort')}</Link>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
