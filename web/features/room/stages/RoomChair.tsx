import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/i18n';
import { people } from '../derive';
import { type NextStep, nextTitle } from '../next-step';
import { useRoom } from '../room-context';
import { ChairControls } from '../views/ChairControls';
import { JoinCodeCard } from '../views/JoinCodeCard';
import { TalkModeChoice } from '../views/TalkModeChoice';

/** The way of working, wired to the room: the chair changes it live (TALK-1). */
export function TalkModeControl() {
  const { view, send } = useRoom();
  return <TalkModeChoice mode={view.talkMode} onChange={(mode) => send({ type: 'setTalkMode', mode })} />;
}

/** The chair controls wired to commands; "advance" goes to the next step of the meeting's order (FRAME-1). */
export function RoomChair({ canReveal, next }: { canReveal: boolean; next: NextStep }) {
  const { t } = useTranslation();
  const { view, send, me, meetingId } = useRoom();
  // Only a phase can be skipped; a frame stage comes when the chair moves on.
  const skippable = next?.kind === 'phase' ? next.phase : null;
  const lang = currentLocale();
  const phaseId = view.method?.phases[view.phaseIndex ?? 0]?.id ?? '';
  const revealed = view.contributions.some((c) => c.phaseId === phaseId && c.private && c.revealed);
  return (
    <>
      <ChairControls
        canBack={(view.phaseIndex ?? 0) > 0}
        canReveal={canReveal && !revealed}
        nextTitle={nextTitle(next, lang, t)}
        isLast={!skippable}
        candidates={people(view).filter((p) => p.id !== me && p.id !== view.roles.caseGiver)}
        actions={{
          advance: () => send({ type: 'advancePhase' }),
          back: () => send({ type: 'goBack' }),
          skip: () => skippable && send({ type: 'skipPhase', phaseId: skippable.id }),
          extend: (minutes) => send({ type: 'extendTimebox', minutes }),
          reveal: () => send({ type: 'reveal' }),
          handOver: (userId) => send({ type: 'assignRole', role: 'chair', userId }),
          end: () => send({ type: 'endMeeting' }),
        }}
      />
      <div className="card">
        <TalkModeControl />
      </div>
      <JoinCodeCard meetingId={meetingId} />
    </>
  );
}
