import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MethodVersionList } from '../../../core/api/methods';
import { currentLocale } from '../../lib/i18n';
import { useResource } from './lib/use-resource';

/** The group's own method versions by name, linking to the page where the group edits them. */
export function GroupMethods({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const versions = useResource<MethodVersionList>(`/api/groups/${groupId}/method-versions`);
  const list = versions.data?.versions ?? [];
  return (
    <section className="card" aria-labelledby="methods-title">
      <h2 id="methods-title">{t('groupsUi.group.methods')}</h2>
      <p className="hint">{t('groupsUi.group.methodsLead')}</p>
      {list.length > 0 ? (
        <ul className="plain-list response-list">
          {list.map((v) => (
            <li key={v.id}>
              <span>{v.names[currentLocale()]}</span>
              <span className="muted">{t('groupsUi.group.methodVersion', { version: v.version })}</span>
            </li>
          ))}
        </ul>
      ) : (
        versions.data && <p className="muted">{t('groupsUi.group.noMethods')}</p>
      )}
      <Link to={`/groups/${groupId}/methods`} className="btn">
        {t('groupsUi.group.methodsLink')}
      </Link>
    </section>
  );
}
