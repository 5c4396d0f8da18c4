import type { Phase } from '../../../../core/methods/schema';
import { currentLocale } from '../../../lib/i18n';
import { sheetsFor } from '../material';
import { useCaseGiverHand } from '../recording';
import { useRoom } from '../room-context';
import { MaterialSheets } from '../views/MaterialSheets';

/** The earlier material this phase works on, above its own; the case-giver rates, answers and chooses here. */
export function PhaseMaterial({ phase }: { phase: Phase }) {
  const { view } = useRoom();
  // The case-giver's hand: their own device, or the recorder noting for them (TALK-3).
  const { acts, send } = useCaseGiverHand();
  const { sheets, compare } = sheetsFor(view, phase, currentLocale(), acts);
  return (
    <MaterialSheets
      sheets={sheets}
      compare={compare}
      onRate={(contributionId, rating) => send({ type: 'rateContribution', contributionId, rating })}
      onAnswer={(contributionId, text) => send({ type: 'answerQuestion', contributionId, text })}
      onChoose={(contributionId, chosen) => send({ type: 'chooseContribution', contributionId, chosen })}
    />
  );
}
