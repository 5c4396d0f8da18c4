import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MethodSummary } from '../../../core/api/methods';
import type { ChooserReasonCode, Suggestion } from '../../../core/methods/chooser';
import { useLocalized } from './data';
import { MethodFacts } from './MethodFacts';

// Reasons that speak against a method get a different mark, so the list reads as pros and cons.
const AGAINST = new Set<ChooserReasonCode>(['otherTopic', 'tooLong', 'needsExperience', 'groupSizeOff']);

/** One ranked suggestion with the reasons for its place. */
export function SuggestionCard({
  suggestion,
  method,
  rank,
}: {
  suggestion: Suggestion;
  method: MethodSummary;
  rank: number;
}) {
  const { t } = useTranslation();
  const l = useLocalized();
  return (
    <li className="lib-suggestion">
      <p className="lib-suggestion-rank">{t('library.chooser.rank', { rank })}</p>
      <h3>
        <Link to={`/methods/${method.id}`}>{l(method.names)}</Link>
      </h3>
      {method.reconstruction && (
        <span className="lib-badge lib-badge-reconstruction">{t('library.reconstruction.label')}</span>
      )}
      <p>{l(method.summary)}</p>
      <ul className="lib-reasons">
        {suggestion.reasons.map((r) => (
          <li key={r.code} className={AGAINST.has(r.code) ? 'lib-reason-against' : 'lib-reason-for'}>
            {t(`methods.chooser.reasons.${r.code}`, r.params)}
          </li>
        ))}
      </ul>
      <MethodFacts method={method} />
    </li>
  );
}
