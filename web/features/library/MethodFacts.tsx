import { useTranslation } from 'react-i18next';
import type { MethodSummary } from '../../../core/api/methods';

/** Duration, group size, number of phases and needed experience as a compact definition list. */
export function MethodFacts({ method }: { method: Omit<MethodSummary, 'names' | 'summary'> }) {
  const { t } = useTranslation();
  return (
    <dl className="lib-facts">
      <div>
        <dt>{t('library.meta.duration')}</dt>
        <dd>{t('library.meta.minutes', { count: method.durationMinutes })}</dd>
      </div>
      <div>
        <dt>{t('library.meta.size')}</dt>
        <dd>{t('library.meta.people', { min: method.groupSize.min, max: method.groupSize.max })}</dd>
      </div>
      <div>
        <dt>{t('library.meta.level')}</dt>
        <dd>{t(`library.experience.${method.experience}`)}</dd>
      </div>
    </dl>
  );
}
