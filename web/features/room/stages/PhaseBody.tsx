import { useTranslation } from 'react-i18next';
import { weightsHidden } from '../../../../core/meeting/rules';
import type { Phase } from '../../../../core/methods/schema';
import { contributionsOf, nameOf, pendingItems, toItem } from '../derive';
import {
  airtimeOf,
  allWeighed,
  chosenLevels,
  diltsRows,
  forcesOf,
  levelOfPhase,
  profileComparison,
  tgiBoardOf,
  writers,
} from '../derive-phase';
import { useCaseGiverHand } from '../recording';
import { useRoom } from '../room-context';
import { useServerNow } from '../use-room';
import { DiltsPyramid } from '../views/DiltsPyramid';
import { ForceFieldDiagram, ForceWeighing } from '../views/ForceField';
import { ForceSorting } from '../views/ForceSorting';
import { ProfileComparison } from '../views/ProfileComparison';
import { PrivateWritingStatus, QuestionList } from '../views/Questions';
import { RoundOrder } from '../views/RoundOrder';
import { TalkingStick } from '../views/TalkingStick';
import { TgiBoard } from '../views/TgiBoard';

type Body = (props: { phase: Phase }) => React.ReactNode;

/** Picks the view that fits the phase: the first matching rule wins, the contribution list is the default. */
const BODIES: { when: (phase: Phase) => boolean; Body: Body }[] = [
  { when: (p) => p.weighForces || p.contributionKinds.includes('force'), Body: ForceBody },
  { when: (p) => p.tagging === 'diltsLevel' || p.artefact === 'levelTally', Body: DiltsBody },
  { when: (p) => p.tagging === 'tgiFactor' || p.contributionKinds.includes('theme'), Body: TgiBody },
  { when: (p) => p.artefact === 'profileComparison', Body: ProfileBody },
  { when: (p) => p.turns === 'stick', Body: StickBody },
  { when: (p) => p.turns === 'round', Body: RoundBody },
  { when: (p) => p.turns === 'individual', Body: PrivateBody },
  { when: () => true, Body: ListBody },
];

export function PhaseBody({ phase }: { phase: Phase }) {
  const { Body } = BODIES.find((b) => b.when(phase))!;
  return <Body phase={phase} />;
}

/** Contributions of the phase with answers and ratings; the case-giver answers and rates where allowed. */
function ListBody({ phase }: { phase: Phase }) {
  const { view, me, room } = useRoom();
  const hand = useCaseGiverHand();
  const visible = contributionsOf(view, phase.id).filter((c) => c.redaction !== 'hidden');
  const items = visible.map((c) => toItem(view, c));
  const mine = pendingItems(
    room.pending,
    phase.contributionKinds,
    visible.filter((c) => c.authorId === me),
  );
  // A phase that works on earlier material shows that first; "nothing yet" under it would only confuse.
  if (items.length + mine.length === 0 && phase.uses?.length) return null;
  return (
    <QuestionList
      items={[...items, ...mine]}
      canAnswer={hand.acts && phase.caseGiverAnswers}
      // Where the phase rates earlier material, its sheet holds the rating buttons (MAT-2).
      canRate={hand.acts && phase.caseGiverRates && !phase.uses?.some((u) => u.actions.includes('rate'))}
      onAnswer={(contributionId, text) => hand.send({ type: 'answerQuestion', contributionId, text })}
      onRate={(contributionId, rating) => hand.send({ type: 'rateContribution', contributionId, rating })}
    />
  );
}

/** Private writing: my own notes and a count until the reveal, then everything together. */
function PrivateBody({ phase }: { phase: Phase }) {
  const { view, me, room, send } = useRoom();
  const all = contributionsOf(view, phase.id);
  const revealed = all.some((c) => c.private && c.revealed);
  const who = writers(view, phase);
  const own = all.filter((c) => c.authorId === me);
  const mine = [
    ...own.map((c) => toItem(view, c)),
    ...pendingItems(room.pending, phase.contributionKinds, own),
  ];
  return (
    <>
      <PrivateWritingStatus
        mine={revealed ? [] : mine}
        notes={all.length}
        ready={who.filter((id) => view.ready.includes(id)).length}
        total={who.length}
        revealed={revealed}
        writer={who.includes(me)}
        onReady={{ done: view.ready.includes(me), set: (ready) => send({ type: 'markReady', ready }) }}
      />
      {revealed && <ListBody phase={phase} />}
    </>
  );
}

/** Whether the phase sorts earlier forces: the chair or scribe merges and sets aside there (FORCE-1). */
const sorts = (phase: Phase) => phase.uses?.some((u) => u.actions.includes('sort')) ?? false;

function ForceBody({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  const { view, me, send } = useRoom();
  const forces = forcesOf(view, me);
  const hidden = view.contributions.some((c) => c.phaseId === phase.id && c.redaction === 'hidden');
  // Weighing is not writing: no private-writing status there, and the means wait until all have weighed.
  const hideMeans =
    weightsHidden(view) || (phase.weighForces && !allWeighed(forces, writers(view, phase).length));
  return (
    <>
      {phase.turns === 'individual' && !phase.weighForces && <PrivateBody phase={phase} />}
      {sorts(phase) && (view.roles.chair === me || view.roles.scribe === me) && (
        <ForceSorting
          forces={forces}
          onMerge={(contributionId, into) => send({ type: 'mergeForce', contributionId, into })}
          onReach={(contributionId, inReach) => send({ type: 'setForceReach', contributionId, inReach })}
        />
      )}
      {phase.weighForces && (
        <ForceWeighing
          forces={forces}
          onWeigh={(contributionId, weight) => send({ type: 'weighForce', contributionId, weight })}
          disabled={view.roles.observers.includes(me)}
        />
      )}
      <ForceFieldDiagram goal={view.caseQuestion ?? undefined} forces={forces} hideMeans={hideMeans} />
      {hidden && <p className="hint">{t('room.force.hiddenUntilReveal')}</p>}
    </>
  );
}

/** The pyramid under the phase's own flow: a question round (with the case-giver's answers) or private writing. */
function DiltsBody({ phase }: { phase: Phase }) {
  const { view } = useRoom();
  return (
    <>
      {phase.turns === 'individual' && <PrivateBody phase={phase} />}
      {phase.turns === 'round' && <RoundBody phase={phase} />}
      <DiltsPyramid rows={diltsRows(view)} current={levelOfPhase(phase)} chosen={chosenLevels(view)} />
    </>
  );
}

function TgiBody({ phase }: { phase: Phase }) {
  const { view } = useRoom();
  return (
    <>
      {phase.turns === 'round' && <TurnRound phase={phase} />}
      <TgiBoard {...tgiBoardOf(view)} />
      {phase.contributionKinds.includes('theme') && <ListBody phase={phase} />}
    </>
  );
}

function ProfileBody({ phase }: { phase: Phase }) {
  const { view } = useRoom();
  return (
    <>
      <ProfileComparison data={profileComparison(view)} caseGiverName={nameOf(view, view.roles.caseGiver)} />
      <ListBody phase={phase} />
    </>
  );
}

function StickBody({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  const { view, me, send } = useRoom();
  const turn = view.turn;
  const holderId = turn ? (turn.order[turn.index] ?? null) : null;
  const nextId = turn?.order.length ? (turn.order[(turn.index + 1) % turn.order.length] ?? null) : null;
  const person = (id: string | null) => (id ? { id, name: nameOf(view, id) } : null);
  return (
    <>
      <LiveTalkingStick phaseId={phase.id} holder={person(holderId)} next={person(nextId)} />
      {holderId === me && nextId && (
        <div className="actions">
          <button type="button" className="btn" onClick={() => send({ type: 'passTurn' })}>
            {t('room.stick.passTo', { name: nameOf(view, nextId) })}
          </button>
        </div>
      )}
      <ListBody phase={phase} />
    </>
  );
}

/** The stick with everyone's airtime so far, counting on by the second for the holder (only this ticks). */
function LiveTalkingStick({
  phaseId,
  ...people
}: { phaseId: string } & Pick<Parameters<typeof TalkingStick>[0], 'holder' | 'next'>) {
  const { view, me, room } = useRoom();
  const now = useServerNow(room.offsetMs);
  return <TalkingStick {...people} airtime={airtimeOf(view, phaseId, now)} meId={me} />;
}

function RoundBody({ phase }: { phase: Phase }) {
  return (
    <>
      <TurnRound phase={phase} />
      <ListBody phase={phase} />
    </>
  );
}

/** Whose turn it is in the round, who spoke or passed, and the holder's pass button. */
function TurnRound({ phase }: { phase: Phase }) {
  const { view, me, send } = useRoom();
  const turn = view.turn;
  const order = (turn?.order ?? []).map((id) => ({ id, name: nameOf(view, id) }));
  const spoke = new Set(contributionsOf(view, phase.id).map((c) => c.authorId));
  return (
    <RoundOrder
      order={order}
      currentId={turn ? (turn.order[turn.index] ?? null) : null}
      done={[...spoke]}
      passed={turn?.passed ?? []}
      meId={me}
      onPass={() => send({ type: 'passTurn' })}
    />
  );
}
