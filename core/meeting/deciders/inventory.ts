import { isCaseGiver } from '../case-givers';
import { chosenPitchIds } from '../cases';
import { partsNow } from '../plan';
import { currentPhase, isParticipant } from '../rules';
import type { MeetingState } from '../types';
import { accept, type Deciders, newId, reject } from './kit';

/**
 * Pitching and voting happen in the inventory stage, a phase standing for it (FRAME-2), or a method phase
 * that collects votes (PHASE-7).
 */
function choosing(state: MeetingState): boolean {
  return (
    partsNow(state).includes('inventory') ||
    (currentPhase(state)?.contributionKinds.includes('vote') ?? false)
  );
}

/** Whether a pitch exists and was not chosen for an earlier case (CASES-4); the running case's may be chosen again. */
function open(state: MeetingState, pitchId: string): boolean {
  const earlier = chosenPitchIds(state);
  if (state.chosenPitchId !== null) earlier.delete(state.chosenPitchId);
  return state.pitches.some((p) => p.id === pitchId) && !earlier.has(pitchId);
}

/** Case inventory: pitch (one per person, a new pitch replaces it), vote (one per person), choose. */
export const inventoryDeciders = {
  pitchCase(state, { text }, actor) {
    if (!choosing(state)) return reject('wrong_stage');
    const own = state.pitches.find((p) => p.authorId === actor.userId);
    return accept({
      type: 'pitchAdded',
      pitch: { id: own?.id ?? newId(state, 'p'), authorId: actor.userId, text },
    });
  },
  vote(state, { pitchId }, actor) {
    if (!choosing(state)) return reject('wrong_stage');
    if (pitchId !== null && !open(state, pitchId)) return reject('no_such_pitch');
    if ((state.votes[actor.userId] ?? null) === pitchId) return accept();
    return accept({ type: 'voteCast', userId: actor.userId, pitchId });
  },
  chooseCase(state, { pitchId }) {
    if (!choosing(state) && !partsNow(state).includes('casting')) return reject('wrong_stage');
    const pitch = state.pitches.find((p) => p.id === pitchId);
    if (!pitch || !open(state, pitchId)) return reject('no_such_pitch');
    if (!isParticipant(state, pitch.authorId)) return reject('no_such_participant');
    if (state.roles.chair === pitch.authorId) return reject('case_giver_cannot_chair');
    return accept({ type: 'caseChosen', pitchId, caseGiverId: pitch.authorId });
  },
  setCaseQuestion(state, { text }, actor) {
    if (!isCaseGiver(state, actor.userId) && actor.userId !== state.roles.scribe)
      return reject('not_case_giver_or_scribe');
    return accept({ type: 'caseQuestionSet', text });
  },
} satisfies Partial<Deciders>;
