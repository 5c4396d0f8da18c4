import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_TOPICS, EXPERIENCE_LEVELS } from '../../../core/methods/vocabulary';
import { DURATION_OPTIONS, type LibraryFilters as Filters, SIZE_OPTIONS } from './filter';

type Props = { filters: Filters; onChange: (name: string, value: string) => void; onReset: () => void };

function Select({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  );
}

/** Search and four filters: kind of question, time, group size, experience. */
export function LibraryFilters({ filters, onChange, onReset }: Props) {
  const { t } = useTranslation();
  const searchId = useId();
  const active = Boolean(
    filters.q || filters.topic || filters.maxMinutes || filters.size || filters.experience,
  );
  return (
    <search className="lib-filters" aria-label={t('library.list.filtersTitle')}>
      <div className="field lib-filter-search">
        <label htmlFor={searchId}>{t('library.list.search')}</label>
        <input
          id={searchId}
          type="search"
          value={filters.q}
          placeholder={t('library.list.searchHint')}
          onChange={(e) => onChange('q', e.target.value)}
          autoComplete="off"
        />
      </div>
      <Select
        label={t('library.list.topic')}
        value={filters.topic ?? ''}
        onChange={(v) => onChange('topic', v)}
      >
        <option value="">{t('library.list.anyTopic')}</option>
        {CASE_TOPICS.map((topic) => (
          <option key={topic} value={topic}>
            {t(`library.topics.${topic}`)}
          </option>
        ))}
      </Select>
      <Select
        label={t('library.list.duration')}
        value={String(filters.maxMinutes ?? '')}
        onChange={(v) => onChange('minutes', v)}
      >
        <option value="">{t('library.list.anyDuration')}</option>
        {DURATION_OPTIONS.map((minutes) => (
          <option key={minutes} value={minutes}>
            {t('library.list.upTo', { count: minutes })}
          </option>
        ))}
      </Select>
      <Select
        label={t('library.list.groupSize')}
        value={String(filters.size ?? '')}
        onChange={(v) => onChange('size', v)}
      >
        <option value="">{t('library.list.anySize')}</option>
        {SIZE_OPTIONS.map((count) => (
          <option key={count} value={count}>
            {t('library.list.sizeOption', { count })}
          </option>
        ))}
      </Select>
      <Select
        label={t('library.list.experience')}
        value={filters.experience ?? ''}
        onChange={(v) => onChange('experience', v)}
      >
        <option value="">{t('library.list.anyExperience')}</option>
        {EXPERIENCE_LEVELS.map((level) => (
          <option key={level} value={level}>
            {t(`library.experienceFilter.${level}`)}
          </option>
        ))}
      </Select>
      {active && (
        <button type="button" className="btn btn-ghost lib-filter-reset" onClick={onReset}>
          {t('library.list.reset')}
        </button>
      )}
    </search>
  );
}
