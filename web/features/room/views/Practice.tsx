import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentPhase } from '../../../../core/meeting/rules';
import type { Stage } from '../../../../core/meeting/types';
import type { ExampleCase } from '../../../../core/practice/example-cases';
import { FRAME_PURPOSE, phasePurpose } from '../../../../core/practice/phase-purpose';
import { currentLocale } from '../../../lib/i18n';
import { useRoom } from '../room-context';

/** The example cases load with a practice meeting only, in a chunk of their own. */
function useExampleCase(caseId: string): ExampleCase | null {
  const [found, setFound] = useState<ExampleCase | null>(null);
  useEffect(() => {
    if (!caseId) return;
    let live = true;
    void import('../../../../core/practice/example-cases').then(({ exampleCases }) => {
      if (live) setFound(exampleCases.find((c) => c.id === caseId) ?? null);
    });
    return () => {
      live = false;
    };
  }, [caseId]);
  return found;
}

/**
 * A practice meeting says so on every screen (PRACTICE-1), a demo that its people are simulated (DEMO-1),
 * and both keep the example case at hand.
 */
export function PracticeBanner() {
  const { t } = useTranslation();
  const { view } = useRoom();
  const practice = view.practice;
  const example = useExampleCase(practice?.caseId ?? '');
  const lang = currentLocale();
  if (!practice) return null;
  return (
    <section className="notice practice-banner" data-testid="practice-banner">
      <p>
        <strong>{practice.demo ? t('demo.banner') : t('practice.label')}</strong>
        {!practice.demo && ` ${t('practice.labelHint')}`}
      </p>
      {example && (
        <details open={view.stage === 'lobby' || view.stage === 'casting'}>
          <summary>{t('practice.caseTitle', { title: example.title[lang] })}</summary>
          <p>{example.situation[lang]}</p>
          <p>
            <strong>{t('practice.caseQuestion')}</strong> {example.question[lang]}
          </p>
          <p className="muted">{t('practice.casePlayed')}</p>
        </details>
      )}
    </section>
  );
}

const FRAME_STAGES: Partial<Record<Stage, keyof typeof FRAME_PURPOSE>> = {
  opening: 'opening',
  inventory: 'inventory',
  casting: 'casting',
  decision: 'decision',
  evaluation: 'evaluation',
};

/** "Why this phase" as each phase or frame stage starts, in a practice meeting (PRACTICE-2). */
export function StagePurpose() {
  const { t } = useTranslation();
  const { view } = useRoom();
  const id = useId();
  const phase = currentPhase(view);
  const frame = FRAME_STAGES[view.stage];
  const keys = phase ? phasePurpose(phase) : frame ? [FRAME_PURPOSE[frame]] : [];
  if (!view.practice || keys.length === 0) return null;
  return (
    <details open className="card purpose" data-testid="stage-purpose">
      <summary id={id}>{t('practice.purpose.title')}</summary>
      {keys.map((key) => (
        <p key={key}>{t(key)}</p>
      ))}
    </details>
  );
}
