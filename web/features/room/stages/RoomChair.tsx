import type { Phase } from '../../../../core/methods/schema';
import { currentLocale } from '../../../lib/i18n';
import { people } from '../derive';
import { useRoom } from '../room-context';
import { ChairControls } from '../views/ChairControls';
import { JoinCodeCard } from '../views/JoinCodeCard';

/** The chair controls wired to commands. After the last phase "advance" opens the case-giver's decision. */
export function RoomChair({ canReveal, next }: { canReveal: boolean; next: Phase | null }) {
  const { view, send, me, meetingId } = useRoom();
  const lang = currentLocale();
  const phaseId = view.method?.phases[view.phaseIndex ?? 0]?.id ?? '';
  const revealed = view.contributions.some((c) => c.phaseId === phaseId && c.private && c.revealed);
  return (
    <>
      <ChairControls
        canBack={(view.phaseIndex ?? 0) > 0}
        canReveal={canReveal && !revealed}
        nextTitle={next ? next.title[lang] : null}
        isLast={!next}
        candidates={people(view).filter((p) => p.id !== me && p.id !== view.roles.caseGiver)}
        actions={{
          advance: () => send({ type: 'advancePhase' }),
          back: () => send({ type: 'goBack' }),
          skip: () => next && send({ type: 'skipPhase', phaseId: next.id }),
          extend: (minutes) => send({ type: 'extendTimebox', minutes }),
          reveal: () => send({ type: 'reveal' }),
          handOver: (userId) => send({ type: 'assignRole', role: 'chair', userId }),
          end: () => send({ type: 'endMeeting' }),
        }}
      />
      <JoinCodeCard meetingId={meetingId} />
    </>
  );
}
