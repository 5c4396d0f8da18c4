import type { Phase } from '../../../../core/methods/schema';
import { currentLocale } from '../../../lib/i18n';
import { sheetsFor } from '../material';
import { useRoom } from '../room-context';
import { MaterialSheets } from '../views/MaterialSheets';

/** The earlier material this phase works on, above its own; the case-giver rates, answers and chooses here. */
export function PhaseMaterial({ phase }: { phase: Phase }) {
  const { view, me, send } = useRoom();
  const { sheets, compare } = sheetsFor(view, phase, currentLocale(), view.roles.caseGiver === me);
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
