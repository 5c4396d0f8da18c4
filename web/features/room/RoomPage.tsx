import './room.css';
import { type ReactNode, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CommandInput } from '../../../core/meeting/commands';
import {
  type MeetingView,
  type RejectionCode,
  rejectionMessageKey,
  type Stage,
} from '../../../core/meeting/types';
import { Loading } from '../../components/Status';
import { currentLocale } from '../../lib/i18n';
import { useTitle } from '../../lib/use-title';
import { currentPhase, isChair, nameOf, withoutHidden } from './derive';
import { applyEvent } from './engine';
import { type Room, RoomContext, useRoom } from './room-context';
import { CaseBadge } from './stages/Cases';
import { Casting } from './stages/Casting';
import { Decision } from './stages/Decision';
import { Evaluation } from './stages/Evaluation';
import { Inventory } from './stages/Inventory';
import { Lobby } from './stages/Lobby';
import { Opening } from './stages/Opening';
import { PhaseScreen } from './stages/PhaseScreen';
import { Summary } from './stages/Summary';
import { useMeetingConnection } from './use-room';
import { ConnectionBanner } from './views/ConnectionBanner';
import { PracticeBanner, StagePurpose } from './views/Practice';
import { FlagButton, FlagList } from './views/ProcessFlags';
import { SignalToggle } from './views/SignalToggle';
import { SkipNotice } from './views/SkipNotice';
import { WaitingGuests } from './views/WaitingGuests';

const STAGES: Record<Stage, () => ReactNode> = {
  lobby: Lobby,
  opening: Opening,
  inventory: Inventory,
  casting: Casting,
  phase: PhaseStage,
  decision: Decision,
  evaluation: Evaluation,
  summary: Summary,
  ended: Summary,
};

function PhaseStage() {
  const phase = currentPhase(useRoom().view);
  return phase ? <PhaseScreen key={phase.id} phase={phase} /> : null;
}

/** The live meeting on a participant's own device: /meetings/:meetingId/live. */
export function RoomPage() {
  const { meetingId = '' } = useParams();
  return <LiveRoom key={meetingId} meetingId={meetingId} />;
}

/**
 * The room on a meeting's socket, or on a demo's (`url`, `demo`): the same screens either way, since a demo
 * runs on the real engine (DEMO-1); a demo only leaves out what needs an account (projector, report).
 */
export function LiveRoom({
  meetingId,
  url,
  demo = false,
}: {
  meetingId: string;
  url?: string;
  demo?: boolean;
}) {
  const { t } = useTranslation();
  const { connection, room } = useMeetingConnection<MeetingView>(meetingId, {
    applyEvent,
    ...(url ? { url } : {}),
  });
  const view = useMemo(() => room.view && withoutHidden(room.view), [room.view]);
  useTitle(t('room.pageTitle'));
  useAutoJoin(view, room.actorId, room.status === 'open', (c) => connection.send(c));
  useFocusRescue();

  const banner = (
    <ConnectionBanner
      status={room.status}
      attempts={room.attempts}
      pending={room.pending.length}
      lostAccess={room.lostAccess}
    />
  );
  if (room.lostAccess) return <div className="room">{banner}</div>;
  if (room.status === 'waiting') {
    return (
      <div className="room narrow">
        {banner}
        <h1>{t('room.guest.waitingTitle')}</h1>
        <p role="status">{t('room.guest.waiting')}</p>
      </div>
    );
  }
  if (!view || !room.actorId) {
    return (
      <div className="room">
        {banner}
        <Loading />
      </div>
    );
  }
  const ctx: Room = {
    meetingId,
    view,
    me: room.actorId,
    room,
    connection,
    send: (command: CommandInput) => connection.send(command),
    demo,
  };
  const Screen = STAGES[view.stage];
  const chair = isChair(view, ctx.me);
  return (
    <RoomContext value={ctx}>
      <div className="room" data-stage={view.stage}>
        {banner}
        <PracticeBanner />
        <Rejections />
        {chair && (
          <FlagList
            flags={view.flags.map((f) => ({
              id: f.id,
              reason: f.reason,
              text: f.text,
              by: nameOf(view, f.raisedBy) || null,
              resolved: f.resolved,
            }))}
            onResolve={(flagId) => ctx.send({ type: 'resolveFlag', flagId })}
          />
        )}
        {chair && (
          <WaitingGuests
            guests={room.waitingGuests}
            onAdmit={(g) => ctx.send({ type: 'admitGuest', userId: g.userId, name: g.name })}
            onRefuse={(g) => ctx.send({ type: 'refuseGuest', userId: g.userId })}
          />
        )}
        <SkipNotice
          skippedIds={view.skippedPhaseIds}
          titleOf={(id) => view.method?.phases.find((p) => p.id === id)?.title[currentLocale()] ?? id}
          canUndo={chair}
          onUndo={(phaseId) => ctx.send({ type: 'undoSkip', phaseId })}
        />
        <CaseBadge view={view} />
        {/* Keyed by the step, so each new phase opens it again. */}
        <StagePurpose key={`${view.stage}:${view.phaseIndex}`} />
        <Screen />
        {view.stage !== 'ended' && view.stage !== 'summary' && (
          <footer className="room-footer">
            <FlagButton
              onRaise={(reason, text) => ctx.send({ type: 'raiseFlag', reason, ...(text ? { text } : {}) })}
            />
            <SignalToggle />
            {!demo && (
              <Link to={`/meetings/${meetingId}/present`} className="btn btn-ghost">
                {t('room.lobby.projector')}
              </Link>
            )}
          </footer>
        )}
      </div>
    </RoomContext>
  );
}

/** A participant who is connected but not yet in the meeting's list joins it once. */
function useAutoJoin(
  view: MeetingView | null,
  me: string | null,
  open: boolean,
  send: (c: CommandInput) => void,
) {
  const asked = useRef(false);
  const inside = !!view && !!me && view.participants.some((p) => p.userId === me);
  useEffect(() => {
    if (!open || !view || !me || inside || asked.current || view.stage === 'ended') return;
    asked.current = true;
    send({ type: 'join' });
  }, [open, view, me, inside, send]);
}

/**
 * When the control that had focus disappears (the phase changes, the turn moves on, a form is done), focus
 * goes to the screen's heading rather than to the page body, so keyboard and screen-reader users keep their
 * place and hear where they are. A focus the user moved away themselves is left alone.
 */
function useFocusRescue() {
  const last = useRef<Element | null>(null);
  useEffect(() => {
    const remember = (e: FocusEvent) => {
      last.current = e.target instanceof Element && e.target.closest('.room') ? e.target : null;
    };
    document.addEventListener('focusin', remember);
    return () => document.removeEventListener('focusin', remember);
  }, []);
  useEffect(() => {
    const active = document.activeElement;
    if ((active && active !== document.body) || !last.current || last.current.isConnected) return;
    const heading = document.querySelector<HTMLElement>('.room h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  });
}

/** Commands the server refused, in words; each can be dismissed. */
function Rejections() {
  const { t, i18n } = useTranslation();
  const { room, connection } = useRoom();
  if (room.rejections.length === 0) return null;
  return (
    <div className="rejections" role="alert">
      {room.rejections.map((r) => {
        const code = (r.rejection as { code?: string } | null)?.code;
        // A code without its own text (invalid_command, say) gets the generic message, never a raw key.
        let message = t('room.rejected');
        if (code && i18n.exists(`meeting.rejections.${code}`))
          message = t(rejectionMessageKey(code as RejectionCode));
        return (
          <div key={r.commandId} className="notice notice-error">
            <p>{message}</p>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => connection.dismissRejection(r.commandId)}
            >
              {t('common.close')}
            </button>
          </div>
        );
      })}
    </div>
  );
}
