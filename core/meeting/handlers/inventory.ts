import type { Handlers } from './kit';
import { asCaseGiver } from './people';

/** Pitches, votes and the chosen case. */
export const inventoryHandlers = {
  pitchAdded(state, { pitch }) {
    const exists = state.pitches.some((p) => p.id === pitch.id);
    if (exists) return { ...state, pitches: state.pitches.map((p) => (p.id === pitch.id ? pitch : p)) };
    return { ...state, pitches: [...state.pitches, pitch], nextId: state.nextId + 1 };
  },
  voteCast(state, { userId, pitchId }) {
    const votes = { ...state.votes };
    if (pitchId === null) delete votes[userId];
    else votes[userId] = pitchId;
    return { ...state, votes };
  },
  caseChosen(state, { pitchId, caseGiverId }) {
    const pitch = state.pitches.find((p) => p.id === pitchId);
    return {
      ...state,
      chosenPitchId: pitchId,
      roles: asCaseGiver(state.roles, caseGiverId),
      // A case brought in ahead carries its own question (CASE-1); otherwise the pitch is the question.
      caseQuestion: pitch?.question ?? pitch?.text ?? state.caseQuestion,
    };
  },
  caseQuestionSet(state, { text }) {
    return { ...state, caseQuestion: text };
  },
} satisfies Partial<Handlers>;
