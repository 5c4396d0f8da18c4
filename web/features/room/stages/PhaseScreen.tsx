import { useTranslation } from 'react-i18next';
import { namedQualities, PROFILE_KINDS } from '../../../../core/meeting/artefacts';
import type { Phase } from '../../../../core/methods/schema';
import { currentLocale } from '../../../lib/i18n';
import { ContributeBox } from '../ContributeBox';
import { isChair, isFacilitator } from '../derive';
import { chosenLevels, mayContribute } from '../derive-phase';
import { nextOf } from '../next-step';
import { RecordBox } from '../RecordBox';
import { notesForOthers } from '../recording';
import { useRoom } from '../room-context';
import { CHAIR_CONTROLS_ID } from '../views/ChairControls';
import { LiveCountdown } from '../views/Countdown';
import { FacilitatorPanel, HelperPrompts } from '../views/FacilitatorPanel';
import { PhaseHeader } from '../views/PhaseHeader';
import { yourPart, yourTask } from '../your-part';
import { FrameParts } from './FrameParts';
import { PhaseBody } from './PhaseBody';
import { PhaseMaterial } from './PhaseMaterial';
import { RealLifeNotices } from './RealLifeNotices';
import { RoomChair } from './RoomChair';
import { SayItHint } from './SayItHint';

/** One phase of the method: header with time and part, the fitting view, the input box, the chair's controls. */
/** The level the case-giver chose, when it is one: Dilts advice on that level starts tagged with it. */
function onlyChosenLevel(view: Parameters<typeof chosenLevels>[0]) {
  const levels = chosenLevels(view);
  return levels.length === 1 ? levels[0] : undefined;
}

export function PhaseScreen({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  const { view, me, meetingId, send, room } = useRoom();
  const lang = currentLocale();
  const phases = view.method?.phases ?? [];
  const index = view.phaseIndex ?? 0;
  const part = yourPart(view, me, phase);
  const task = yourTask(view, me);
  const absent = view.roles.caseGiver === me && phase.caseGiverPlacement === 'absent';
  // In a weighing phase the weights are the contribution; a free text box there only confuses.
  const canWrite = mayContribute(view, me) && !phase.weighForces;
  const totalMs = (phase.minutes * 60_000 + view.extendedMs) | 0;
  return (
    <div className="room-stage">
      <PhaseHeader
        step={t('room.phase.step', {
          n: index + 1,
          total: phases.length,
          method: view.method?.names[lang] ?? '',
        })}
        title={phase.title[lang]}
        instructions={absent ? undefined : phase.instructions[lang]}
        rules={absent ? [] : phase.rules.map((r) => r[lang])}
        yourPart={[t(part.key), task && t(task)].filter(Boolean).join(' ')}
        timer={
          <LiveCountdown
            deadline={view.deadline}
            offsetMs={room.offsetMs}
            totalMs={totalMs}
            pausedAt={view.pausedAt}
          />
        }
        controlsId={isChair(view, me) ? CHAIR_CONTROLS_ID : undefined}
      />
      <div className="room-columns">
        <div className="room-main">
          <RealLifeNotices phaseId={phase.id} rawContributions={room.view?.contributions ?? []} />
          {absent ? (
            <p className="notice">{t('room.part.absentScreen')}</p>
          ) : (
            <>
              <PhaseMaterial phase={phase} />
              <PhaseBody phase={phase} />
              {canWrite && (
                <ContributeBox
                  meetingId={meetingId}
                  field={phase.id}
                  phase={phase}
                  kinds={phase.contributionKinds}
                  send={send}
                  defaultTag={onlyChosenLevel(view)}
                  named={(kind) => (PROFILE_KINDS.includes(kind as never) ? namedQualities(view, kind) : [])}
                />
              )}
              {!phase.weighForces && <SayItHint />}
              {notesForOthers(view, me) && !phase.weighForces && (
                <RecordBox field={phase.id} phase={phase} kinds={phase.contributionKinds} />
              )}
              {canWrite && <HelperPrompts prompts={phase.helperPrompts.map((p) => p[lang])} />}
              <FrameParts phase={phase} />
            </>
          )}
        </div>
        <div className="room-side">
          {isChair(view, me) && <RoomChair canReveal={phase.turns === 'individual'} next={nextOf(view)} />}
          {/* The server sends prompts only to who may see them: facilitators, or the chair when none is there. */}
          {phase.facilitatorPrompts.length > 0 && (
            <FacilitatorPanel
              prompts={phase.facilitatorPrompts.map((p) => p[lang])}
              {...(isFacilitator(view, me)
                ? {}
                : { title: view.practice ? t('practice.promptsTitle') : t('room.life.chairPrompts') })}
            />
          )}
        </div>
      </div>
    </div>
  );
}
