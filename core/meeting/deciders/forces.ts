import { worksOn } from '../../methods/material';
import { mergeRoot } from '../forces';
import { currentPhase } from '../rules';
import type { Contribution, MeetingState, RejectionCode } from '../types';
import { visibleContribution } from './contributions';
import { accept, type Deciders, reject } from './kit';

/** A force the actor may sort now, or why not (FORCE-1): a sorter, a phase that sorts its phase, a force they see. */
function sortable(state: MeetingState, contributionId: string, userId: string): Contribution | RejectionCode {
  const { chair, scribe } = state.roles;
  if (userId !== chair && userId !== scribe) return 'not_chair_or_scribe';
  const phase = currentPhase(state);
  const c = visibleContribution(state, contributionId, userId);
  if (!phase || !state.method) return 'sorting_not_allowed';
  if (!c) return 'no_such_contribution';
  if (c.kind !== 'force' || !c.force) return 'not_a_force';
  return worksOn(state.method, phase, c.phaseId, 'sort') ? c : 'sorting_not_allowed';
}

/** The chair or scribe merges duplicate forces and sets aside those outside the case-giver's reach. */
export const forceDeciders = {
  mergeForce(state, { contributionId, into }, actor) {
    const c = sortable(state, contributionId, actor.userId);
    if (typeof c === 'string') return reject(c);
    let root: string | null = null;
    if (into !== null) {
      const target = sortable(state, into, actor.userId);
      if (typeof target === 'string') return reject(target);
      root = mergeRoot(state.contributions, into);
      const rootForce = state.contributions.find((x) => x.id === root)!;
      // Into itself, across the goal line, or round in a circle (FORCE-2).
      if (root === c.id || rootForce.force?.direction !== c.force!.direction) return reject('invalid_force');
    }
    if ((c.mergedInto ?? null) === root) return accept();
    return accept({ type: 'forceMerged', contributionId, into: root, by: actor.userId });
  },
  setForceReach(state, { contributionId, inReach }, actor) {
    const c = sortable(state, contributionId, actor.userId);
    if (typeof c === 'string') return reject(c);
    if ((c.force!.inReach !== false) === inReach) return accept();
    return accept({ type: 'forceReachSet', contributionId, inReach, by: actor.userId });
  },
} satisfies Partial<Deciders>;
