import type { MessageKey } from '../../../core/i18n/index';
import { isCaseGiver } from '../../../core/meeting/case-givers';
import type { MeetingView } from '../../../core/meeting/types';
import type { Phase } from '../../../core/methods/schema';

type Part = { key: MessageKey; vars?: Record<string, string> };

const CASE_GIVER_BY_PLACEMENT: Record<Phase['caseGiverPlacement'], MessageKey> = {
  inCircle: 'room.part.caseGiver.inCircle',
  listensOnly: 'room.part.caseGiver.listensOnly',
  turnedAway: 'room.part.caseGiver.turnedAway',
  absent: 'room.part.caseGiver.absent',
};

const HELPER_BY_TURNS: Record<Phase['turns'], MessageKey> = {
  free: 'room.part.helper.free',
  round: 'room.part.helper.round',
  stick: 'room.part.helper.stick',
  individual: 'room.part.helper.individual',
};

/** "You are the case-giver: in this phase you listen" — this person's part in the current phase. */
export function yourPart(view: MeetingView, me: string, phase: Phase): Part {
  const givesCase = isCaseGiver(view, me);
  if (view.roles.observers.includes(me)) return { key: 'room.part.observer' };
  // Weighing forces is everyone's part, the case-giver's too.
  if (phase.weighForces) return { key: 'room.part.weigh' };
  if (givesCase) {
    if (phase.contributors === 'caseGiver') return { key: 'room.part.caseGiver.speaks' };
    if (phase.caseGiverAnswers && phase.caseGiverPlacement === 'inCircle')
      return { key: 'room.part.caseGiver.answers' };
    // Helpers-only work (say, private associations) leaves the case-giver listening, not "taking part".
    if (phase.contributors === 'helpers' && phase.caseGiverPlacement === 'inCircle')
      return { key: 'room.part.caseGiver.listensOnly' };
    return { key: CASE_GIVER_BY_PLACEMENT[phase.caseGiverPlacement] };
  }
  if (phase.contributors === 'nobody') return { key: 'room.part.silent' };
  if (phase.contributors === 'caseGiver') return { key: 'room.part.helper.listen' };
  // The banner and the turn list must agree: while it is this helper's turn, "wait" would be wrong.
  if (hasTheWord(view, me))
    return { key: phase.turns === 'stick' ? 'room.part.helper.stickNow' : 'room.part.helper.roundNow' };
  return { key: HELPER_BY_TURNS[phase.turns] };
}

/** Whether `me` holds the turn or the stick now, or has the floor out of turn (LIFE-6). */
function hasTheWord(view: MeetingView, me: string): boolean {
  const turn = view.turn;
  if (!turn) return false;
  return turn.floor ? turn.floor === me : turn.order[turn.index] === me;
}

/** A second line for the chair, timekeeper or scribe, whose task runs through every phase. */
export function yourTask(view: MeetingView, me: string): MessageKey | null {
  if (view.roles.chair === me) return 'room.part.chair';
  if (view.roles.timekeeper === me) return 'room.part.timekeeper';
  // "Schrijf mee" only where the scribe has a box to write in: while one device takes notes (TALK-2).
  if (view.roles.scribe === me)
    return view.talkMode === 'typed' ? 'room.part.scribeTyped' : 'room.part.scribe';
  return null;
}
