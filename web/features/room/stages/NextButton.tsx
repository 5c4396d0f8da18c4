import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/i18n';
import { type NextStep, nextOf, nextTitle } from '../next-step';
import { useRoom } from '../room-context';

/**
 * The chair's "next" in a frame stage: `label` when the next step is the one the stage usually leads to,
 * otherwise the name of the step the method puts there (FRAME-1), since the method may replace it.
 */
export function NextButton({
  expected,
  label,
  disabled,
}: {
  expected: (next: NextStep) => boolean;
  label: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const { view, send } = useRoom();
  const next = nextOf(view);
  const title = nextTitle(next, currentLocale(), t);
  if (!next) return null;
  return (
    <button
      type="button"
      className="btn btn-primary"
      disabled={disabled}
      onClick={() => send({ type: 'advancePhase' })}
    >
      {expected(next) ? label : t('room.chair.advanceTo', { title })}
    </button>
  );
}

/** Whether the next step is the given frame stage. */
export const isStage = (stage: string) => (next: NextStep) => next?.kind === 'stage' && next.stage === stage;
