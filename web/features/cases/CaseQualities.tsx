import { useTranslation } from 'react-i18next';
import type { CaseCriteria } from '../../../core/api/groups';

export type Stream = 'bovenstroom' | 'onderstroom' | null;
export const CRITERIA: (keyof CaseCriteria)[] = [
  'ownProblem',
  'current',
  'concrete',
  'bothersMe',
  'wantToAct',
];

/** Bovenstroom or onderstroom, each explained in one line; "not sure yet" is a fair answer. */
export function StreamChoice({ value, onChange }: { value: Stream; onChange(next: Stream): void }) {
  const { t } = useTranslation();
  const options: { value: Stream; key: 'bovenstroom' | 'onderstroom' | 'unsure' }[] = [
    { value: 'bovenstroom', key: 'bovenstroom' },
    { value: 'onderstroom', key: 'onderstroom' },
    { value: null, key: 'unsure' },
  ];
  return (
    <fieldset className="fieldset">
      <legend>{t('casesUi.form.streamLegend')}</legend>
      {options.map((o) => (
        <label key={o.key} className="check check-explained">
          <input type="radio" name="stream" checked={value === o.value} onChange={() => onChange(o.value)} />
          <span>
            <strong>{t(`casesUi.form.${o.key}`)}</strong>
            <span className="hint">{t(`casesUi.form.${o.key}Hint`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** The five criteria of a good case as checkboxes with a short explanation and a tally. */
export function CriteriaChecklist({
  value,
  onChange,
}: {
  value: CaseCriteria;
  onChange(next: CaseCriteria): void;
}) {
  const { t } = useTranslation();
  const met = CRITERIA.filter((c) => value[c]).length;
  return (
    <fieldset className="fieldset">
      <legend>{t('casesUi.criteria.legend')}</legend>
      <p className="hint">{t('casesUi.criteria.lead')}</p>
      {CRITERIA.map((c) => (
        <label key={c} className="check check-explained">
          <input
            type="checkbox"
            checked={value[c]}
            onChange={(e) => onChange({ ...value, [c]: e.target.checked })}
          />
          <span>
            <strong>{t(`casesUi.criteria.${c}`)}</strong>
            <span className="hint">{t(`casesUi.criteria.${c}Hint`)}</span>
          </span>
        </label>
      ))}
      <p className={met === CRITERIA.length ? 'ok-text' : 'hint'}>
        {met === CRITERIA.length
          ? t('casesUi.criteria.allMet')
          : t('casesUi.criteria.tally', { count: met, total: CRITERIA.length })}
      </p>
    </fieldset>
  );
}
