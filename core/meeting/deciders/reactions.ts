import { worksOn } from '../../methods/material';
import type { MaterialAction, Phase } from '../../methods/schema';
import { isCaseGiver } from '../case-givers';
import { evolve } from '../evolve';
import { isMerged } from '../forces';
import { currentPhase, eligible, isObserver, phaseById, weightsHidden } from '../rules';
import type { Contribution, MeetingState, RejectionCode } from '../types';
import { tagFits, visibleContribution } from './contributions';
import { accept, type Deciders, reject } from './kit';

/**
 * Whether the running phase lets the case-giver rate or answer this contribution (MAT-2): its own
 * material where the phase allows it, or an earlier phase it names for that action. A phase that names
 * no material (saved before references existed) keeps the old rule: anything the case-giver sees.
 */
function reacts(state: MeetingState, phase: Phase, c: Contribution, action: MaterialAction, own: boolean) {
  if (state.method && worksOn(state.method, phase, c.phaseId, action)) return true;
  return own && (c.phaseId === phase.id || phase.uses === undefined);
}

const NOT_ALLOWED = {
  answer: 'answers_not_allowed',
  rate: 'ratings_not_allowed',
  choose: 'choosing_not_allowed',
} as const satisfies Partial<Record<MaterialAction, RejectionCode>>;

/** The contribution the case-giver may answer, rate or choose in the running phase, or why not (MAT-2, MAT-3). */
function reactable(
  state: MeetingState,
  contributionId: string,
  userId: string,
  action: keyof typeof NOT_ALLOWED,
): Contribution | RejectionCode {
  const phase = currentPhase(state);
  if (!phase) return NOT_ALLOWED[action];
  if (!isCaseGiver(state, userId)) return 'not_case_giver';
  const c = visibleContribution(state, contributionId, userId);
  if (!c) return 'no_such_contribution';
  const own = { answer: phase.caseGiverAnswers, rate: phase.caseGiverRates, choose: false }[action];
  return reacts(state, phase, c, action, own) ? c : NOT_ALLOWED[action];
}

/** Whether everyone who weighs has weighed every force within the case-giver's reach. */
function everyoneWeighed(state: MeetingState, phase: Phase): boolean {
  const weighers = state.participants.filter((p) => eligible(state, phase, p.userId)).map((p) => p.userId);
  const forces = state.contributions.filter(
    (c) => c.kind === 'force' && c.force?.inReach !== false && !isMerged(c),
  );
  return forces.every((c) => weighers.every((id) => c.weights[id] !== undefined));
}

/** Reactions to contributions: the case-giver answers, rates and chooses, everyone weighs forces, tags are set. */
export const reactionDeciders = {
  answerQuestion(state, { contributionId, text }, actor) {
    const c = reactable(state, contributionId, actor.userId, 'answer');
    return typeof c === 'string' ? reject(c) : accept({ type: 'questionAnswered', contributionId, text });
  },
  rateContribution(state, { contributionId, rating }, actor) {
    const c = reactable(state, contributionId, actor.userId, 'rate');
    return typeof c === 'string' ? reject(c) : accept({ type: 'contributionRated', contributionId, rating });
  },
  chooseContribution(state, { contributionId, chosen }, actor) {
    const c = reactable(state, contributionId, actor.userId, 'choose');
    if (typeof c === 'string') return reject(c);
    if ((c.chosen ?? false) === chosen) return accept();
    return accept({ type: 'contributionChosen', contributionId, chosen });
  },
  weighForce(state, { contributionId, weight }, actor) {
    if (!currentPhase(state)?.weighForces) return reject('weighing_not_allowed');
    if (isObserver(state, actor.userId)) return reject('observer_listens_only');
    const c = visibleContribution(state, contributionId, actor.userId);
    if (!c) return reject('no_such_contribution');
    if (c.kind !== 'force') return reject('not_a_force');
    if (isMerged(c)) return reject('force_merged');
    if (c.weights[actor.userId] === weight) return accept();
    const weighed = { type: 'forceWeighed', contributionId, userId: actor.userId, weight } as const;
    // The last weight of the round shows everyone's at once (VIS-10): nobody has to wait for the chair.
    const after = evolve(state, weighed);
    const done = weightsHidden(after) && everyoneWeighed(after, currentPhase(after)!);
    return done
      ? accept(weighed, { type: 'privateRevealed', phaseId: currentPhase(state)!.id })
      : accept(weighed);
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
