import { useTranslation } from 'react-i18next';
import { isCaseGiver } from '../../../../core/meeting/case-givers';
import { currentLocale } from '../../../lib/i18n';
import { nameOf, people } from '../derive';
import { type NextStep, nextTitle } from '../next-step';
import { useRoom } from '../room-context';
import { ChairControls } from '../views/ChairControls';
import { FacilitatorModePicker } from '../views/FacilitatorMode';
import { FloorControl } from '../views/FloorControl';
import { HideContributions, type HideItem } from '../views/HideContributions';
import { JoinCodeCard } from '../views/JoinCodeCard';
import { TalkModeChoice } from '../views/TalkModeChoice';

/** The way of working, wired to the room: the chair changes it live (TALK-1). */
export function TalkModeControl() {
  const { view, send } = useRoom();
  return <TalkModeChoice mode={view.talkMode} onChange={(mode) => send({ type: 'setTalkMode', mode })} />;
}

const timeOf = (at: number) => new Date(at).toLocaleTimeString(currentLocale(), { timeStyle: 'short' });

/** The chair controls wired to commands; "advance" goes to the next step of the meeting's order (FRAME-1). */
export function RoomChair({ canReveal, next }: { canReveal: boolean; next: NextStep }) {
  const { t } = useTranslation();
  const { view, send, me, meetingId, room } = useRoom();
  // Only a phase can be skipped; a frame stage comes when the chair moves on.
  const skippable = next?.kind === 'phase' ? next.phase : null;
  const lang = currentLocale();
  const phaseId = view.method?.phases[view.phaseIndex ?? 0]?.id ?? '';
  const revealed = view.contributions.some((c) => c.phaseId === phaseId && c.private && c.revealed);
  // The raw view: the screens' view leaves out what the chair hid, and the chair may show it again.
  const ofPhase = (room.view ?? view).contributions.filter((c) => c.phaseId === phaseId);
  const item = (c: (typeof ofPhase)[number]): HideItem => ({
    id: c.id,
    text: c.text,
    time: timeOf(c.createdAt),
  });
  const turn = view.turn;
  const holder = turn?.order[turn.index];
  return (
    <>
      <ChairControls
        canBack={(view.phaseIndex ?? 0) > 0}
        canReveal={canReveal && !revealed}
        nextTitle={nextTitle(next, lang, t)}
        isLast={!skippable}
        paused={view.pausedAt !== null}
        candidates={people(view).filter((p) => p.id !== me && !isCaseGiver(view, p.id))}
        actions={{
          advance: () => send({ type: 'advancePhase' }),
          back: () => send({ type: 'goBack' }),
          skip: () => skippable && send({ type: 'skipPhase', phaseId: skippable.id }),
          extend: (minutes) => send({ type: 'extendTimebox', minutes }),
          reveal: () => send({ type: 'reveal' }),
          handOver: (userId) => send({ type: 'assignRole', role: 'chair', userId }),
          end: () => send({ type: 'endMeeting' }),
          pause: (paused) => send({ type: paused ? 'pauseClock' : 'resumeClock' }),
        }}
      >
        {turn && (
          <FloorControl
            people={turn.order.filter((id) => id !== holder).map((id) => ({ id, name: nameOf(view, id) }))}
            floor={turn.floor ? { id: turn.floor, name: nameOf(view, turn.floor) } : null}
            onGive={(userId) => send({ type: 'giveFloor', userId })}
          />
        )}
        <HideContributions
          // Only what the chair can read can be judged; private writing before the reveal is not.
          items={ofPhase.filter((c) => !c.hidden && c.redaction !== 'hidden').map(item)}
          hidden={ofPhase.filter((c) => c.hidden).map(item)}
          onHide={(contributionId, hidden) => send({ type: 'hideContribution', contributionId, hidden })}
        />
        {view.roles.facilitators.length > 0 && (
          <FacilitatorModePicker
            mode={view.facilitatorMode}
            onSet={(mode) => send({ type: 'setFacilitatorMode', mode })}
          />
        )}
      </ChairControls>
      <div className="card">
        <TalkModeControl />
      </div>
      <JoinCodeCard meetingId={meetingId} />
    </>
  );
}
