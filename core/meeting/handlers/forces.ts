import type { Contribution, MeetingState } from '../types';
import type { Handlers } from './kit';

function update(state: MeetingState, id: string, change: (c: Contribution) => Contribution): MeetingState {
  if (!state.contributions.some((c) => c.id === id)) return state;
  return { ...state, contributions: state.contributions.map((c) => (c.id === id ? change(c) : c)) };
}

/** Forces merged and set aside (FORCE-2, FORCE-4); a placeholder in a view has no force to change. */
export const forceHandlers = {
  forceMerged(state, { contributionId, into }) {
    return update(state, contributionId, (c) => ({ ...c, mergedInto: into }));
  },
  forceReachSet(state, { contributionId, inReach }) {
    return update(state, contributionId, (c) => (c.force ? { ...c, force: { ...c.force, inReach } } : c));
  },
} satisfies Partial<Handlers>;
