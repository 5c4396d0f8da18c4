import type { Handlers } from './kit';

/** Flags, the decision, evaluations and learning points. */
export const closingHandlers = {
  flagRaised(state, { flag }) {
    return { ...state, flags: [...state.flags, flag], nextId: state.nextId + 1 };
  },
  flagResolved(state, { flagId }) {
    return { ...state, flags: state.flags.map((f) => (f.id === flagId ? { ...f, resolved: true } : f)) };
  },
  decisionRecorded(state, { decision }) {
    return { ...state, decision };
  },
  evaluationGiven(state, { evaluation }) {
    const others = state.evaluations.filter((e) => e.userId !== evaluation.userId);
    return { ...state, evaluations: [...others, evaluation] };
  },
  learningPointAdded(state, { learningPoint }) {
    return { ...state, learningPoints: [...state.learningPoints, learningPoint], nextId: state.nextId + 1 };
  },
  learningPointShared(state, { learningPointId, shared }) {
    const learningPoints = state.learningPoints.map((l) => (l.id === learningPointId ? { ...l, shared } : l));
    return { ...state, learningPoints };
  },
} satisfies Partial<Handlers>;
