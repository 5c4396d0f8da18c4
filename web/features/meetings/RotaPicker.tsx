import { useTranslation } from 'react-i18next';
import type { Rota, RotaSuggestion } from '../../../core/api/groups';

export const ROTA_ROLES = ['chair', 'timekeeper', 'scribe'] as const;
type RotaRole = (typeof ROTA_ROLES)[number];

type Props = {
  members: { userId: string; name: string }[];
  suggestion: RotaSuggestion | null;
  value: Rota;
  onChange(next: Rota): void;
  errors?: Partial<Record<RotaRole, string>>;
};

/** The rota as a suggestion the planner may change: one select per role, with the fair pick marked. */
export function RotaPicker({ members, suggestion, value, onChange, errors = {} }: Props) {
  const { t } = useTranslation();
  const suggested = suggestion
    ? {
        chair: suggestion.chair?.userId ?? null,
        timekeeper: suggestion.timekeeper?.userId ?? null,
        scribe: suggestion.scribe?.userId ?? null,
      }
    : null;
  const differs = suggested && ROTA_ROLES.some((role) => suggested[role] !== value[role]);
  const doubled = ROTA_ROLES.filter(
    (role) => value[role] && ROTA_ROLES.some((o) => o !== role && value[o] === value[role]),
  );

  return (
    <fieldset className="fieldset rota">
      <legend>{t('meetingsUi.rota.legend')}</legend>
      <p className="hint">{t('meetingsUi.rota.lead')}</p>
      {ROTA_ROLES.map((role) => {
        const id = `rota-${role}`;
        const pick = suggestion?.[role];
        const error = errors[role];
        return (
          <div className="field" key={role}>
            <label htmlFor={id}>{t(`meetingsUi.rota.${role}`)}</label>
            <select
              id={id}
              value={value[role] ?? ''}
              aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
              aria-invalid={error ? true : undefined}
              onChange={(e) => onChange({ ...value, [role]: e.target.value || null })}
            >
              <option value="">{t('meetingsUi.rota.nobody')}</option>
              {members.map((m) => (
                <option key={m.userId} value={m.userId}>
                  {m.name}
                </option>
              ))}
            </select>
            <p id={`${id}-hint`} className="hint">
              {pick ? t('meetingsUi.rota.suggested', { name: pick.name }) : t(`meetingsUi.rota.${role}Hint`)}
            </p>
            {error && (
              <p id={`${id}-error`} className="field-error">
                {error}
              </p>
            )}
          </div>
        );
      })}
      {doubled.length > 0 && <p className="hint">{t('meetingsUi.rota.doubled')}</p>}
      {differs && suggested && (
        <button type="button" className="btn btn-ghost" onClick={() => onChange(suggested)}>
          {t('meetingsUi.rota.useSuggestion')}
        </button>
      )}
    </fieldset>
  );
}
