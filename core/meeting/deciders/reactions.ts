import { currentPhase, isObserver, phaseById } from '../rules';
import { tagFits, visibleContribution } from './contributions';
import { accept, type Deciders, reject } from './kit';

/** Reactions to contributions: the case-giver answers and rates, everyone weighs forces, tags are set. */
export const reactionDeciders = {
  answerQuestion(state, { contributionId, text }, actor) {
    if (!currentPhase(state)?.caseGiverAnswers) return reject('answers_not_allowed');
    if (state.roles.caseGiver !== actor.userId) return reject('not_case_giver');
    if (!visibleContribution(state, contributionId, actor.userId)) return reject('no_such_contribution');
    return accept({ type: 'questionAnswered', contributionId, text });
  },
  rateContribution(state, { contributionId, rating }, actor) {
    if (!currentPhase(state)?.caseGiverRates) return reject('ratings_not_allowed');
    if (state.roles.caseGiver !== actor.userId) return reject('not_case_giver');
    if (!visibleContribution(state, contributionId, actor.userId)) return reject('no_such_contribution');
    return accept({ type: 'contributionRated', contributionId, rating });
  },
  weighForce(state, { contributionId, weight }, actor) {
    if (!currentPhase(state)?.weighForces) return reject('weighing_not_allowed');
    if (isObserver(state, actor.userId)) return reject('observer_listens_only');
    const c = visibleContribution(state, contributionId, actor.userId);
    if (!c) return reject('no_such_contribution');
    if (c.kind !== 'force') return reject('not_a_force');
    if (c.weights[actor.userId] === weight) return accept();
    return accept({ type: 'forceWeighed', contributionId, userId: actor.userId, weight });
  },
  tagLevel(state, { contributionId, tag }, actor) {
    const c = visibleContribution(state, contributionId, actor.userId);
    if (!c) return reject('no_such_contribution');
    const { chair, scribe } = state.roles;
    if (c.authorId !== actor.userId && chair !== actor.userId && scribe !== actor.userId) {
      return reject('not_own_contribution');
    }
    if (!tagFits(phaseById(state, c.phaseId), tag)) return reject('tag_not_allowed');
    return c.tag === tag ? accept() : accept({ type: 'contributionTagged', contributionId, tag });
  },
} satisfies Partial<Deciders>;
