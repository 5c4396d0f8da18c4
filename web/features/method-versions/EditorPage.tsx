import '../library/library.css';
import '../groups/groups.css';
import './versions.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Group } from '../../../core/api/groups';
import type { MethodVersion } from '../../../core/api/methods';
import { useTitle } from '../../lib/use-title';
import { formatDate } from '../groups/lib/format';
import { Loaded, RequireUser } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';
import { useLocalized } from '../library/data';
import { History } from './History';
import { MethodEditor } from './MethodEditor';

/** "/groups/:groupId/methods/:versionId": one version of a group's method, editable for admins and facilitators. */
export function EditorPage() {
  const { groupId = '', versionId = '' } = useParams();
  const group = useResource<Group>(`/api/groups/${groupId}`);
  const version = useResource<MethodVersion>(`/api/groups/${groupId}/method-versions/${versionId}`);
  // The confirmation outlives the move to a new version's address, which reloads the version.
  const [saved, setSaved] = useState<MethodVersion | null>(null);
  const navigate = useNavigate();
  const onSaved = (next: MethodVersion) => {
    setSaved(next);
    if (next.id === versionId) version.setData(next);
    else navigate(`/groups/${groupId}/methods/${next.id}`, { replace: true });
  };
  return (
    <RequireUser>
      <Loaded resource={group}>
        {(g) => (
          <Loaded resource={version}>
            {(v) => <EditorView group={g} version={v} saved={saved} onSaved={onSaved} />}
          </Loaded>
        )}
      </Loaded>
    </RequireUser>
  );
}

function EditorView(props: {
  group: Group;
  version: MethodVersion;
  saved: MethodVersion | null;
  onSaved(v: MethodVersion): void;
}) {
  const { group, version, saved } = props;
  const { t } = useTranslation();
  const l = useLocalized();
  const name = l(version.method.names);
  useTitle(t('versions.editor.pageTitle', { name }));
  const readOnly = group.myRole === 'member';
  const next = (version.history.at(-1)?.version ?? version.version) + 1;
  const newest = version.history.at(-1)?.id === version.id;
  const justSaved = saved?.id === version.id;
  return (
    <div className="stack mv-page">
      <header>
        <p className="eyebrow">
          <Link to={`/groups/${group.id}/methods`}>{t('versions.editor.back')}</Link>
        </p>
        <h1>{name}</h1>
        <p className="hint">
          {t('versions.editor.versionLine', {
            version: version.version,
            date: formatDate(version.createdAt),
          })}
          {version.usedAt && <span className="badge mv-used">{t('versions.list.used')}</span>}
        </p>
      </header>
      {justSaved && (
        <div className="notice" role="status">
          <p>
            {saved.createdNewVersion
              ? t('versions.editor.savedNew', { version: saved.version })
              : t('versions.editor.saved')}
          </p>
          {saved.createdNewVersion && <p className="hint">{t('versions.editor.savedNewWhy')}</p>}
        </div>
      )}
      {readOnly && <p className="notice">{t('versions.editor.readOnly')}</p>}
      {!readOnly && !justSaved && version.usedAt && (
        <p className="notice notice-warn">{t('versions.editor.used', { next })}</p>
      )}
      {!readOnly && !version.usedAt && !newest && (
        <p className="notice notice-warn">{t('versions.editor.older', { next })}</p>
      )}
      <MethodEditor
        key={`${version.id}:${version.createdAt}`}
        groupId={group.id}
        version={version}
        readOnly={readOnly}
        onSaved={props.onSaved}
      />
      <History groupId={group.id} version={version} />
    </div>
  );
}
