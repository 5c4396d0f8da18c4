import '../groups/groups.css';
import './versions.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Group } from '../../../core/api/groups';
import type { MethodVersionList } from '../../../core/api/methods';
import { useTitle } from '../../lib/use-title';
import { Loaded, RequireUser } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';
import { useLocalized } from '../library/data';
import { CopyForm } from './CopyForm';
import { formatNumber } from './format';

/** "/groups/:groupId/methods": the group's own method versions, and copying a new one from the library. */
export function VersionsPage() {
  const { groupId = '' } = useParams();
  const group = useResource<Group>(`/api/groups/${groupId}`);
  const versions = useResource<MethodVersionList>(`/api/groups/${groupId}/method-versions`);
  return (
    <RequireUser>
      <Loaded resource={group}>
        {(g) => <Loaded resource={versions}>{(list) => <VersionsView group={g} list={list} />}</Loaded>}
      </Loaded>
    </RequireUser>
  );
}

function VersionsView({ group, list }: { group: Group; list: MethodVersionList }) {
  const { t, i18n } = useTranslation();
  const l = useLocalized();
  useTitle(t('versions.list.pageTitle', { group: group.name }));
  const canEdit = group.myRole !== 'member';
  return (
    <div className="stack mv-page">
      <header>
        <p className="eyebrow">
          <Link to={`/groups/${group.id}`}>{group.name}</Link>
        </p>
        <h1>{t('versions.list.title')}</h1>
        <p className="lead">{t('versions.list.lead')}</p>
      </header>
      {list.versions.length === 0 ? (
        <p className="notice">{t('versions.list.empty')}</p>
      ) : (
        <ul className="plain-list mv-list">
          {list.versions.map((v) => (
            <li key={v.id} className="card mv-item">
              <h2 className="mv-item-title">
                <Link to={`/groups/${group.id}/methods/${v.id}`}>{l(v.names)}</Link>
              </h2>
              <p className="meta-line">
                <span>{t('versions.list.version', { version: v.version })}</span>
                <span>
                  {t('versions.list.minutes', { minutes: formatNumber(v.durationMinutes, i18n.language) })}
                </span>
                <span>{t('versions.list.phases', { count: v.phaseCount })}</span>
                {v.usedAt && <span className="badge">{t('versions.list.used')}</span>}
              </p>
            </li>
          ))}
        </ul>
      )}
      {canEdit && <CopyForm groupId={group.id} />}
    </div>
  );
}
