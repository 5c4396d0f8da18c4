import type { TFunction } from 'i18next';
import type { OpenableStage } from '../../../core/meeting/limits';
import { nextStep } from '../../../core/meeting/steps';
import type { MeetingView } from '../../../core/meeting/types';
import type { Phase } from '../../../core/methods/schema';

/** Where the chair's "next" goes in the meeting's order (MEETING-RULES FRAME-1), or null at the end. */
export type NextStep = { kind: 'phase'; phase: Phase } | { kind: 'stage'; stage: OpenableStage } | null;

export function nextOf(view: MeetingView): NextStep {
  const step = nextStep(view);
  if (typeof step === 'string') return null;
  if (step.kind === 'stage') return { kind: 'stage', stage: step.stage };
  const phase = view.method?.phases[step.index];
  return phase ? { kind: 'phase', phase } : null;
}

/** The next step's name as the chair's button shows it: a phase's title, or the frame stage's name. */
export function nextTitle(next: NextStep, lang: 'nl' | 'en', t: TFunction): string | null {
  if (!next) return null;
  return next.kind === 'phase' ? next.phase.title[lang] : t(`room.stage.${next.stage}`);
}
