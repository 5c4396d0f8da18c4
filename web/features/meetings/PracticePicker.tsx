import './meetings.css';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingPractice } from '../../../core/api/groups';
import type { MethodList } from '../../../core/api/methods';
import type { ExampleCase, PracticeField } from '../../../core/practice/example-cases';
import { currentLocale } from '../../lib/i18n';
import { useResource } from '../groups/lib/use-resource';

/** The example cases load only when someone plans a practice meeting, in a chunk of their own. */
function useExampleCases(wanted: boolean): ExampleCase[] {
  const [cases, setCases] = useState<ExampleCase[]>([]);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void import('../../../core/practice/example-cases').then((m) => live && setCases(m.exampleCases));
    return () => {
      live = false;
    };
  }, [wanted]);
  return cases;
}

type Props = {
  members: { userId: string; name: string }[];
  chairId: string | null;
  value: MeetingPractice | null;
  /** A chosen case comes with the method it suits best, or the method filtered on when it suits that. */
  onChange(next: MeetingPractice | null, suggestedMethodId?: string): void;
  error?: string | undefined;
};

/**
 * A practice meeting on an example case (PRACTICE-1…3): filter the cases by field and method, pick one, and
 * say who plays its case-giver. The case's situation and question come along, so nobody types them.
 */
export function PracticePicker({ members, chairId, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const id = useId();
  const cases = useExampleCases(value !== null);
  const library = useResource<MethodList>(value !== null ? '/api/methods?lang=all' : null);
  const [field, setField] = useState<PracticeField | ''>('');
  const [method, setMethod] = useState('');
  const methodName = (methodId: string) =>
    library.data?.methods.find((m) => m.id === methodId)?.names[lang] ?? methodId;
  const fields = [...new Set(cases.map((c) => c.field))];
  const methodIds = [...new Set(cases.flatMap((c) => c.methods))].sort();
  const shown = cases.filter((c) => (!field || c.field === field) && (!method || c.methods.includes(method)));
  const chosen = cases.find((c) => c.id === value?.caseId);
  const pick = (c: ExampleCase) =>
    onChange(
      { caseId: c.id, caseGiverId: value?.caseGiverId ?? null },
      method && c.methods.includes(method) ? method : c.methods[0],
    );

  return (
    <fieldset className="fieldset practice-picker">
      <legend>{t('meetingsUi.practice.legend')}</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={value !== null}
          onChange={(e) => onChange(e.target.checked ? { caseId: '', caseGiverId: null } : null)}
        />
        <span>{t('meetingsUi.practice.toggle')}</span>
      </label>
      <p className="hint">{t('meetingsUi.practice.hint')}</p>
      {value !== null && (
        <>
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${id}-field`}>{t('meetingsUi.practice.field')}</label>
              <select
                id={`${id}-field`}
                value={field}
                onChange={(e) => setField(e.target.value as PracticeField)}
              >
                <option value="">{t('meetingsUi.practice.allFields')}</option>
                {fields.map((f) => (
                  <option key={f} value={f}>
                    {t(`meetingsUi.practice.fields.${f}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-method`}>{t('meetingsUi.practice.method')}</label>
              <select id={`${id}-method`} value={method} onChange={(e) => setMethod(e.target.value)}>
                <option value="">{t('meetingsUi.practice.allMethods')}</option>
                {methodIds.map((m) => (
                  <option key={m} value={m}>
                    {methodName(m)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div role="radiogroup" aria-labelledby={`${id}-cases`} className="practice-cases">
            <p id={`${id}-cases`}>{t('meetingsUi.practice.cases', { count: shown.length })}</p>
            {shown.map((c) => (
              <label key={c.id} className="check practice-case">
                <input
                  type="radio"
                  name={`${id}-case`}
                  checked={c.id === value.caseId}
                  onChange={() => pick(c)}
                />
                <span>
                  <strong>{c.title[lang]}</strong>
                  <span className="muted practice-case-facts">
                    {t('meetingsUi.practice.caseFacts', {
                      field: t(`meetingsUi.practice.fields.${c.field}`),
                      methods: c.methods.map(methodName).join(', '),
                    })}
                  </span>
                </span>
              </label>
            ))}
            {error && <p className="field-error">{error}</p>}
          </div>
          {chosen && (
            <div className="notice" data-testid="practice-case">
              <p>{chosen.situation[lang]}</p>
              <p>
                <strong>{t('meetingsUi.practice.question')}</strong> {chosen.question[lang]}
              </p>
            </div>
          )}
          <div className="field">
            <label htmlFor={`${id}-giver`}>{t('meetingsUi.practice.caseGiver')}</label>
            <select
              id={`${id}-giver`}
              value={value.caseGiverId ?? ''}
              onChange={(e) => onChange({ ...value, caseGiverId: e.target.value || null })}
            >
              <option value="">{t('meetingsUi.practice.caseGiverAny')}</option>
              {members
                .filter((m) => m.userId !== chairId)
                .map((m) => (
                  <option key={m.userId} value={m.userId}>
                    {m.name}
                  </option>
                ))}
            </select>
            <p className="hint">{t('meetingsUi.practice.caseGiverHint')}</p>
          </div>
        </>
      )}
    </fieldset>
  );
}
