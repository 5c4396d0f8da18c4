import type { CommandInput } from '../../../core/meeting/commands';
import { isRecorder } from '../../../core/meeting/deciders/recording';
import { contributionCheck } from '../../../core/meeting/rules';
import type { MeetingView } from '../../../core/meeting/types';
import { useRoom } from './room-context';
import type { Person } from './views/model';

/** Whether this device notes what others say: recording is on and I am the chair or the scribe (TALK-2). */
export function notesForOthers(view: MeetingView, me: string): boolean {
  return view.talkMode !== 'typed' && isRecorder(view, me);
}

/** Who a recorder may note for now: everyone else the rules let contribute (TALK-3), the turn holder first. */
export function speakersFor(view: MeetingView, me: string): Person[] {
  if (!notesForOthers(view, me)) return [];
  const holder = view.turn?.order[view.turn.index];
  const ids = view.participants.map((p) => p.userId).filter((id) => id !== me);
  const allowed = ids.filter((id) => contributionCheck(view, id) === null);
  allowed.sort((a, b) => Number(b === holder) - Number(a === holder));
  return allowed.map((id) => ({ id, name: view.participants.find((p) => p.userId === id)?.name ?? '?' }));
}

/** Who notes what is said in this meeting: the scribe, else the chair; null while everyone types. */
export function noterOf(view: MeetingView): string | null {
  if (view.talkMode === 'typed') return null;
  return view.roles.scribe ?? view.roles.chair;
}

type Reaction = Extract<CommandInput, { type: 'answerQuestion' | 'rateContribution' | 'chooseContribution' }>;

/**
 * The case-giver's hand on this device: the case-giver's own, or a recorder's noting their answers, scores
 * and choices for them, so their phone may stay away (TALK-3). `acts` is false for everyone else.
 */
export function useCaseGiverHand(): { acts: boolean; send: (command: Reaction) => void } {
  const { view, me, send } = useRoom();
  const caseGiver = view.roles.caseGiver;
  if (caseGiver === me) return { acts: true, send };
  const present = view.participants.some((p) => p.userId === caseGiver);
  if (!caseGiver || !present || !notesForOthers(view, me)) return { acts: false, send };
  return { acts: true, send: (command) => send({ type: 'record', speakerId: caseGiver, command }) };
}
