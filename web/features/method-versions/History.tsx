import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MethodVersion } from '../../../core/api/methods';
import { formatDate } from '../groups/lib/format';

/** Every version of this method, oldest first; used ones are marked because they can no longer change. */
export function History({ groupId, version }: { groupId: string; version: MethodVersion }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="mv-history-title">
      <h2 id="mv-history-title">{t('versions.history.title')}</h2>
      <ol className="plain-list mv-history">
        {version.history.map((h) => {
          const label = t('versions.history.entry', { version: h.version, date: formatDate(h.createdAt) });
          return (
            <li key={h.id}>
              {h.id === version.id ? (
                <span aria-current="page">
                  <strong>{label}</strong> <span className="muted">{t('versions.history.current')}</span>
                </span>
              ) : (
                <Link to={`/groups/${groupId}/methods/${h.id}`}>{label}</Link>
              )}
              {h.usedAt && <span className="badge">{t('versions.history.used')}</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
