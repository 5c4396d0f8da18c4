import { isCaseGiver } from '../case-givers';
import { everyCaseGiver } from '../cases';
import { partsNow } from '../plan';
import { activeRules, isParticipant } from '../rules';
import { accept, type Deciders, newId, reject } from './kit';

const DECISION_STAGES = new Set(['phase', 'decision', 'evaluation', 'summary']);

/** Process flags, the case-giver's decision, evaluation and learning points. */
export const closingDeciders = {
  raiseFlag(state, { reason, text }, actor, now) {
    const flag = {
      id: newId(state, 'f'),
      raisedBy: actor.userId,
      reason,
      text: text || null,
      phaseId: activeRules(state)?.id ?? null,
      at: now,
      resolved: false,
    };
    return accept({ type: 'flagRaised', flag });
  },
  resolveFlag(state, { flagId }) {
    const flag = state.flags.find((f) => f.id === flagId);
    if (!flag) return reject('no_such_flag');
    return flag.resolved ? accept() : accept({ type: 'flagResolved', flagId });
  },
  recordDecision(state, { text, actions }, actor, now) {
    // The pair records one decision together (PAIR-3).
    if (!isCaseGiver(state, actor.userId) && actor.userId !== state.roles.scribe)
      return reject('not_case_giver_or_scribe');
    if (!DECISION_STAGES.has(state.stage)) return reject('wrong_stage');
    if (actions.some((a) => a.ownerId !== undefined && !isParticipant(state, a.ownerId))) {
      return reject('no_such_participant');
    }
    return accept({ type: 'decisionRecorded', decision: { text, actions, by: actor.userId, at: now } });
  },
  giveEvaluation(state, { heard, perspectives, method, cooperation, note }, actor) {
    // The evaluation stage, the summary, or the method's own evaluation phase (CLOSE-2, FRAME-2).
    if (state.stage !== 'summary' && !partsNow(state).includes('evaluation')) return reject('wrong_stage');
    // Every case-giver of the meeting says whether they felt heard (CASES-5).
    if (heard !== undefined && !everyCaseGiver(state).includes(actor.userId)) return reject('not_case_giver');
    return accept({
      type: 'evaluationGiven',
      evaluation: {
        userId: actor.userId,
        heard: heard ?? null,
        perspectives,
        method,
        cooperation,
        note: note || null,
      },
    });
  },
  learningPoint(state, { text, shared }, actor) {
    return accept({
      type: 'learningPointAdded',
      learningPoint: { id: newId(state, 'l'), authorId: actor.userId, text, shared },
    });
  },
  shareLearningPoint(state, { learningPointId, shared }, actor) {
    const point = state.learningPoints.find((l) => l.id === learningPointId);
    if (!point) return reject('no_such_learning_point');
    if (point.authorId !== actor.userId) return reject('not_own_learning_point');
    return point.shared === shared
      ? accept()
      : accept({ type: 'learningPointShared', learningPointId, shared });
  },
} satisfies Partial<Deciders>;
