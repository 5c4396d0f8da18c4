import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isChair, nameOf, rolesOf } from '../derive';
import { useRoom } from '../room-context';
import { FacilitatorModePicker } from '../views/FacilitatorMode';
import { JoinCodeCard } from '../views/JoinCodeCard';
import { MethodPicker } from './MethodPicker';
import { TalkModeControl } from './RoomChair';

/** Who is here (online or not) and in which role; the chair admits guests, picks a method and starts. */
export function Lobby() {
  const { t } = useTranslation();
  const { view, me, meetingId } = useRoom();
  const chair = isChair(view, me);
  return (
    <div className="room-stage">
      <header className="phase-header">
        <p className="phase-step">{t('room.stage.lobby')}</p>
        <h1 className="phase-title">{t('room.lobby.title')}</h1>
        <p className="phase-instructions">{chair ? t('room.lobby.chairHint') : t('room.lobby.waitHint')}</p>
      </header>
      <PresenceList />
      {!chair && <TakeChair />}
      {chair && <StartPanel />}
      {chair && <JoinCodeCard meetingId={meetingId} />}
    </div>
  );
}

/** Everyone in the meeting with an online mark (shape and word, not colour alone) and their roles. */
export function PresenceList() {
  const { t } = useTranslation();
  const { view, me, room } = useRoom();
  return (
    <section className="card" aria-labelledby="presence-h">
      <h2 id="presence-h">{t('room.lobby.present', { count: view.participants.length })}</h2>
      <ul className="presence">
        {view.participants.map((p) => {
          const online = room.online.includes(p.userId);
          return (
            <li key={p.userId} className={online ? 'is-online' : 'is-offline'}>
              <span className="presence-dot" aria-hidden="true" />
              <span>{p.userId === me ? t('room.youName', { name: p.name }) : p.name}</span>
              <span className="sr-only">{online ? t('room.lobby.online') : t('room.lobby.offline')}</span>
              {p.guest && <span className="chip">{t('room.role.guest')}</span>}
              {rolesOf(view, p.userId).map((r) => (
                <span key={r} className="chip chip-strong">
                  {t(`room.role.${r as 'chair'}`)}
                </span>
              ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * When the chair is not connected, an admin of the group or a facilitator takes the chair (LIFE-2). The
 * client cannot know who is an admin: the server decides, and says why when it refuses.
 */
export function TakeChair() {
  const { t } = useTranslation();
  const { view, room, send } = useRoom();
  if (room.online.includes(view.roles.chair)) return null;
  return (
    <section className="card" aria-labelledby="take-chair-h">
      <h2 id="take-chair-h">{t('room.life.takeTitle')}</h2>
      {/* A planned chair who never came has no name in the room yet: no "? is not connected". */}
      <p data-testid="take-hint">
        {view.participants.some((p) => p.userId === view.roles.chair)
          ? t('room.life.takeHint', { name: nameOf(view, view.roles.chair) })
          : t('room.life.takeHintNobody')}
      </p>
      <button type="button" className="btn" onClick={() => send({ type: 'takeChair' })}>
        {t('room.life.take')}
      </button>
    </section>
  );
}

function StartPanel() {
  const { t } = useTranslation();
  const { send, view } = useRoom();
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('room.lobby.start')}</h2>
      <MethodPicker />
      <TalkModeControl />
      {view.roles.facilitators.length > 0 && (
        <FacilitatorModePicker
          mode={view.facilitatorMode}
          onSet={(mode) => send({ type: 'setFacilitatorMode', mode })}
        />
      )}
      <div className="actions">
        <button
          type="button"
          className="btn btn-primary"
          // The first step of the meeting's order: the opening, or the method's own check-in (FRAME-1).
          onClick={() => send({ type: 'advancePhase' })}
        >
          {t('room.lobby.open')}
        </button>
      </div>
    </section>
  );
}
