import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MethodSummary } from '../../../core/api/methods';
import { useLocalized } from './data';
import { MethodFacts } from './MethodFacts';

/** One method in the library grid; the whole card is one link target via its heading. */
export function MethodCard({ method }: { method: MethodSummary }) {
  const { t } = useTranslation();
  const l = useLocalized();
  return (
    <article className="lib-method-card">
      <h2>
        <Link to={`/methods/${method.id}`} className="lib-card-link">
          {l(method.names)}
        </Link>
      </h2>
      {method.reconstruction && (
        <span className="lib-badge lib-badge-reconstruction">{t('library.reconstruction.label')}</span>
      )}
      <p>{l(method.summary)}</p>
      <MethodFacts method={method} />
      <ul className="lib-topic-list" aria-label={t('library.list.topic')}>
        {method.topics.map((topic) => (
          <li key={topic}>{t(`library.topics.${topic}`)}</li>
        ))}
      </ul>
    </article>
  );
}
