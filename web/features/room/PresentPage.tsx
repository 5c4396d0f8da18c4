import { useProjectorOpened } from './use-projector-opened';
import './room.css';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { JoinCode } from '../../../core/api/live';
import { weightsHidden } from '../../../core/meeting/rules';
import type { MeetingView } from '../../../core/meeting/types';
import { Loading } from '../../components/Status';
import { api } from '../../lib/api';
import { currentLocale } from '../../lib/i18n';
import { useTitle } from '../../lib/use-title';
import { caseGiverLine, currentPhase, nameOf, withoutHidden } from './derive';
import {
  allWeighed,
  chosenLevels,
  diltsRows,
  forcesOf,
  levelOfPhase,
  profileComparison,
  sharedView,
  tgiBoardOf,
  writers,
} from './derive-phase';
import { applyEvent } from './engine';
import { sheetsFor } from './material';
import { CaseBadge } from './stages/Cases';
import { useMeetingConnection } from './use-room';
import { ConnectionBanner } from './views/ConnectionBanner';
import { LiveCountdown } from './views/Countdown';
import { DiltsPyramid } from './views/DiltsPyramid';
import { ForceFieldDiagram } from './views/ForceField';
import { MaterialSheets } from './views/MaterialSheets';
import { ProfileComparison } from './views/ProfileComparison';
import { TagChip } from './views/Questions';
import { TgiBoard } from './views/TgiBoard';

/** The shared screen for a projector: large type, phase, timer, what the method shows to all, and how to join. */
export function PresentPage() {
  const { meetingId = '' } = useParams();
  const { t } = useTranslation();
  const { room } = useMeetingConnection<MeetingView>(meetingId, { applyEvent });
  useTitle(t('room.present.title'));
  useProjectorOpened();
  const view = room.view && withoutHidden(room.view);
  const banner = (
    <ConnectionBanner
      status={room.status}
      attempts={room.attempts}
      pending={0}
      lostAccess={room.lostAccess}
    />
  );
  if (!view)
    return (
      <div className="present">
        {banner}
        {!room.lostAccess && <Loading />}
      </div>
    );
  const lang = currentLocale();
  const phase = currentPhase(view);
  const title = phase ? phase.title[lang] : t(`room.stage.${view.stage}`);
  // The projector shows only what everyone may see: never private writing before the reveal, not even the
  // projector account's own.
  const shared = sharedView(view);
  const shown = shared.contributions.filter(
    (c) => phase && c.phaseId === phase.id && c.redaction !== 'hidden',
  );
  const withForces = phase && (phase.weighForces || phase.contributionKinds.includes('force'));
  const withDilts = phase && phase.tagging === 'diltsLevel';
  const withTgi = phase && (phase.tagging === 'tgiFactor' || phase.contributionKinds.includes('theme'));
  const withProfile = phase?.artefact === 'profileComparison';
  return (
    <div className="present" data-stage={view.stage}>
      {banner}
      <header className="present-header">
        <div>
          <CaseBadge view={view} />
          <p className="phase-step">
            {phase && view.method
              ? `${view.method.names[lang]} · ${t('room.life.phaseOf', { n: (view.phaseIndex ?? 0) + 1, total: view.method.phases.length })}`
              : view.method?.names[lang]}
          </p>
          <h1>{title}</h1>
          {view.caseQuestion && <p className="present-question">{view.caseQuestion}</p>}
          {/* A case brought in by two (PAIR-1): the room sees both names. */}
          {view.roles.coCaseGiver && <p className="present-question">{caseGiverLine(view, view.roles, t)}</p>}
        </div>
        <LiveCountdown deadline={view.deadline} offsetMs={room.offsetMs} pausedAt={view.pausedAt} large />
      </header>
      <div className="present-body">
        <section className="present-main" aria-label={t('room.present.contributions')}>
          {withForces ? (
            <ForceFieldDiagram
              forces={forcesOf(shared, '')}
              goal={view.caseQuestion ?? undefined}
              hideMeans={
                weightsHidden(view) ||
                (phase.weighForces && !allWeighed(forcesOf(shared, ''), writers(view, phase).length))
              }
            />
          ) : withDilts ? (
            <DiltsPyramid
              rows={diltsRows(shared)}
              current={levelOfPhase(phase)}
              chosen={chosenLevels(shared)}
            />
          ) : withTgi ? (
            <TgiBoard {...tgiBoardOf(shared)} />
          ) : withProfile ? (
            <ProfileComparison
              data={profileComparison(shared)}
              caseGiverName={nameOf(view, view.roles.caseGiver)}
            />
          ) : phase?.instructions ? (
            <p className="present-instructions">{phase.instructions[lang]}</p>
          ) : null}
          {phase && <MaterialSheets {...sheetsFor(shared, phase, lang, false)} />}
          {/* The board already lists every factor note; the list would say it twice. */}
          {!withForces && phase?.tagging !== 'tgiFactor' && shown.length > 0 && (
            <ol className="present-list">
              {shown.slice(-8).map((c) => (
                <li key={c.id}>
                  {c.text}
                  {c.tag && <TagChip tag={c.tag} />}
                  {c.answer && <span className="present-answer"> — {c.answer}</span>}
                </li>
              ))}
            </ol>
          )}
          {view.turn && <PresentTurns view={view} stick={phase?.turns === 'stick'} />}
        </section>
        {/* Once the meeting ended there is nothing to join: the code would only invite strangers in. */}
        {view.stage !== 'ended' && <JoinPanel meetingId={meetingId} />}
      </div>
    </div>
  );
}

/** Whose turn it is (or who has the floor out of turn, LIFE-6) and the order, readable across the room. */
function PresentTurns({ view, stick }: { view: MeetingView; stick: boolean }) {
  const { t } = useTranslation();
  const turn = view.turn!;
  const holder = turn.order[turn.index];
  return (
    <div className="present-turns">
      <p className="present-turn">
        {turn.floor
          ? t('room.life.floorOf', { name: nameOf(view, turn.floor) })
          : t(stick ? 'room.stick.holds' : 'room.round.turnOf', { name: nameOf(view, holder) })}
      </p>
      <h2 className="sr-only">{t('room.life.turnList')}</h2>
      <ol className="present-order" aria-label={t('room.life.turnList')}>
        {turn.order.map((id) => (
          <li
            key={id}
            aria-current={id === holder ? 'step' : undefined}
            className={id === holder ? 'is-now' : ''}
          >
            {nameOf(view, id)}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** "K7MQ 2XPA": easier to read from the back of the room and to type; the server ignores the space. */
function inGroups(code: string): string {
  return code.match(/.{1,4}/g)?.join(' ') ?? code;
}

/** QR code and short code for joining from a phone; drawn locally, no network. */
function JoinPanel({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const [code, setCode] = useState<string | null>(null);
  const [hosts, setHosts] = useState<string[]>([]);
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    const load = () =>
      api<JoinCode>(`/api/meetings/${meetingId}/join-code`, { method: 'POST', body: {} }).then(
        async ({ code, addresses }) => {
          // Phones need the laptop's address on the network, not the localhost the projector may use.
          const bases = addresses.length > 0 ? addresses : [location.origin];
          setCode(code);
          setHosts(bases.map((b) => new URL(b).host));
          const url = `${bases[0]}/join?code=${encodeURIComponent(code)}`;
          setSvg(await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }));
        },
        () => setCode(null),
      );
    load();
    // The chair may make a new code; the projector follows within half a minute.
    const timer = setInterval(load, 30_000);
    return () => clearInterval(timer);
  }, [meetingId]);
  if (!code) return null;
  return (
    <aside className="present-join" aria-label={t('room.present.join')}>
      {svg && (
        <img
          className="present-qr"
          src={`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`}
          alt={t('room.present.qrAlt', { code })}
        />
      )}
      <p>{t('room.present.joinAt', { host: hosts[0] })}</p>
      {hosts.length > 1 && <p>{t('room.present.alsoAt', { hosts: hosts.slice(1).join(', ') })}</p>}
      <p className="present-code" data-testid="join-code">
        {inGroups(code)}
      </p>
    </aside>
  );
}
