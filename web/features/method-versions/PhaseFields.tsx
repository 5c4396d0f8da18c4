import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTRIBUTION_KINDS, CONTRIBUTORS, PLACEMENTS, TURNS } from '../../../core/methods/vocabulary';
import { Field } from '../../components/Field';
import { currentLocale } from '../../lib/i18n';
import { TextArea } from '../groups/lib/TextArea';
import { type DraftPhase, withContributors, withTurns } from './draft';

type Props = {
  phase: DraftPhase;
  /** The message for a field path inside this phase ('title', 'turns', …), if the server refused it. */
  error(path: string): string | undefined;
  onChange(next: DraftPhase): void;
};

function Select<T extends string>(props: {
  label: string;
  value: T;
  options: readonly T[];
  optionLabel(value: T): string;
  error?: string | undefined;
  onChange(value: T): void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        onChange={(e) => props.onChange(e.currentTarget.value as T)}
      >
        {props.options.map((o) => (
          <option key={o} value={o}>
            {props.optionLabel(o)}
          </option>
        ))}
      </select>
      {props.error && (
        <p id={`${id}-error`} className="field-error">
          {props.error}
        </p>
      )}
    </div>
  );
}

/** The building blocks of one phase: texts in both languages, who speaks, where the case-giver is, turns, kinds. */
export function PhaseFields({ phase, error, onChange }: Props) {
  const { t } = useTranslation();
  const kindsId = useId();
  // The reader's own language comes first; the other one may stay empty.
  const langs = currentLocale() === 'en' ? (['en', 'nl'] as const) : (['nl', 'en'] as const);
  const setText = (field: 'title' | 'instructions', lang: 'nl' | 'en', value: string) =>
    onChange({ ...phase, [field]: { ...phase[field], [lang]: value } });
  const silent = phase.contributors === 'nobody';
  const toggleKind = (kind: DraftPhase['contributionKinds'][number], on: boolean) =>
    onChange({
      ...phase,
      contributionKinds: on
        ? CONTRIBUTION_KINDS.filter((k) => k === kind || phase.contributionKinds.includes(k))
        : phase.contributionKinds.filter((k) => k !== kind),
    });

  return (
    <div className="mv-fields">
      <p className="hint">{t('versions.editor.languageHint')}</p>
      {langs.map((lang, i) => (
        <Field
          key={lang}
          data-focus={i === 0 ? `${phase.id}:title` : undefined}
          label={t(lang === 'nl' ? 'versions.editor.titleNl' : 'versions.editor.titleEn')}
          value={phase.title[lang]}
          maxLength={200}
          error={i === 0 ? error('title') : undefined}
          onChange={(e) => setText('title', lang, e.currentTarget.value)}
        />
      ))}
      {langs.map((lang, i) => (
        <TextArea
          key={lang}
          label={t(lang === 'nl' ? 'versions.editor.instructionsNl' : 'versions.editor.instructionsEn')}
          value={phase.instructions[lang]}
          rows={3}
          maxLength={4000}
          error={i === 0 ? error('instructions') : undefined}
          onChange={(e) => setText('instructions', lang, e.currentTarget.value)}
        />
      ))}
      <div className="mv-selects">
        <Select
          label={t('versions.editor.contributors')}
          value={phase.contributors}
          options={CONTRIBUTORS}
          optionLabel={(c) => t(`library.contributors.${c}`)}
          error={error('contributors')}
          onChange={(c) => onChange(withContributors(phase, c))}
        />
        <Select
          label={t('versions.editor.turns')}
          value={phase.turns}
          options={TURNS}
          optionLabel={(x) => t(`library.turns.${x}`)}
          error={error('turns')}
          onChange={(x) => onChange(withTurns(phase, x))}
        />
        <Select
          label={t('versions.editor.placement')}
          value={phase.caseGiverPlacement}
          options={PLACEMENTS}
          optionLabel={(p) => t(`library.placements.${p}`)}
          onChange={(p) => onChange({ ...phase, caseGiverPlacement: p })}
        />
      </div>
      {phase.turns === 'individual' && (
        <div className="field">
          <label className="mv-check">
            <input
              type="checkbox"
              checked={phase.anonymous === true}
              aria-describedby={`${kindsId}-anon`}
              aria-invalid={error('anonymous') ? true : undefined}
              onChange={(e) => onChange({ ...phase, anonymous: e.currentTarget.checked })}
            />
            {t('versions.editor.anonymous')}
          </label>
          <p id={`${kindsId}-anon`} className="hint">
            {t('versions.editor.anonymousHint')}
          </p>
          {error('anonymous') && <p className="field-error">{error('anonymous')}</p>}
        </div>
      )}
      {!silent && (
        <fieldset className="mv-kinds" aria-describedby={`${kindsId}-hint`}>
          <legend>{t('versions.editor.kinds')}</legend>
          <p id={`${kindsId}-hint`} className="hint">
            {t('versions.editor.kindsHint')}
          </p>
          {error('contributionKinds') && <p className="field-error">{error('contributionKinds')}</p>}
          <div className="mv-kind-grid">
            {CONTRIBUTION_KINDS.map((kind) => (
              <label key={kind} className="mv-check">
                <input
                  type="checkbox"
                  checked={phase.contributionKinds.includes(kind)}
                  onChange={(e) => toggleKind(kind, e.currentTarget.checked)}
                />
                {t(`library.kinds.${kind}`)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
    </div>
  );
}
