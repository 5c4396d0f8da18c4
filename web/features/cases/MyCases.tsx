import './cases.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseList } from '../../../core/api/groups';
import { Loaded } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';

/** My own cases (drafts included) so a half-written case is easy to find again. */
export function MyCases() {
  const { t } = useTranslation();
  const cases = useResource<CaseList>('/api/me/cases');
  return (
    <section className="card" aria-labelledby="my-cases-title">
      <h2 id="my-cases-title">{t('casesUi.mine.title')}</h2>
      <Loaded resource={cases}>
        {(data) => {
          const active = data.cases.filter((c) => c.status !== 'discussed');
          if (active.length === 0) return <p className="muted">{t('casesUi.mine.empty')}</p>;
          return (
            <ul className="plain-list stack-sm">
              {active.map((c) => (
                <li key={c.id} className="case-row meta-line">
                  <Link to={`/cases/${c.id}/edit`}>{c.title}</Link>
                  <span className={c.status === 'draft' ? 'badge badge-todo' : 'badge'}>
                    {t(`casesUi.status.${c.status}`)}
                  </span>
                </li>
              ))}
            </ul>
          );
        }}
      </Loaded>
    </section>
  );
}
