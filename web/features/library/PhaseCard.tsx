import { useTranslation } from 'react-i18next';
import type { Phase } from '../../../core/methods/schema';
import { useLocalized } from './data';

type Props = { phase: Phase; index: number; total: number };

/** One phase: number, title, time box with a proportional bar, who speaks, where the case-giver is, rules, prompts. */
export function PhaseCard({ phase, index, total }: Props) {
  const { t, i18n } = useTranslation();
  const l = useLocalized();
  const minutes = i18n.language === 'en' ? String(phase.minutes) : String(phase.minutes).replace('.', ',');
  const extras = [
    phase.caseGiverAnswers && 'answers',
    phase.caseGiverRates && 'rates',
    phase.weighForces && 'weigh',
    phase.paraphraseFirst && 'paraphrase',
  ].filter((x): x is 'answers' | 'rates' | 'weigh' | 'paraphrase' => Boolean(x));
  return (
    <li className="lib-phase">
      <div className="lib-phase-head">
        <span className={`lib-phase-number lib-who-${phase.contributors}`} aria-hidden="true">
          {index + 1}
        </span>
        <h3>
          <span className="lib-sr-only">{t('library.method.phaseNumber', { number: index + 1 })}: </span>
          {l(phase.title)}
        </h3>
        <span className="lib-phase-minutes">
          {t('library.method.phaseMinutes', { count: phase.minutes, minutes })}
        </span>
      </div>
      <div className="lib-phase-bar" aria-hidden="true">
        <span
          className={`lib-who-${phase.contributors}`}
          style={{ width: `${(phase.minutes / total) * 100}%` }}
        />
      </div>
      <dl className="lib-phase-facts">
        <div>
          <dt>{t('library.method.who')}</dt>
          <dd>{t(`library.contributors.${phase.contributors}`)}</dd>
        </div>
        <div className={phase.caseGiverPlacement === 'inCircle' ? undefined : 'lib-placement-special'}>
          <dt>{t('library.method.placement')}</dt>
          <dd>{t(`library.placements.${phase.caseGiverPlacement}`)}</dd>
        </div>
        <div>
          <dt>{t('library.method.turns')}</dt>
          <dd>{t(`library.turns.${phase.turns}`)}</dd>
        </div>
        {phase.contributionKinds.length > 0 && (
          <div>
            <dt>{t('library.method.kinds')}</dt>
            <dd>{phase.contributionKinds.map((k) => t(`library.kinds.${k}`)).join(', ')}</dd>
          </div>
        )}
      </dl>
      <p className="lib-phase-instructions">{l(phase.instructions)}</p>
      {extras.map((x) => (
        <p key={x} className="lib-phase-extra">
          {t(`library.method.extras.${x}`)}
        </p>
      ))}
      {phase.rules.length > 0 && (
        <div className="lib-phase-rules">
          <h4>{t('library.method.rules')}</h4>
          <ul>
            {phase.rules.map((r) => (
              <li key={r.nl}>{l(r)}</li>
            ))}
          </ul>
        </div>
      )}
      <Prompts title={t('library.method.helperPrompts')} items={phase.helperPrompts.map(l)} />
      <Prompts title={t('library.method.facilitatorPrompts')} items={phase.facilitatorPrompts.map(l)} />
    </li>
  );
}

function Prompts({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <details className="lib-prompts">
      <summary>{title}</summary>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </details>
  );
}
