import type { Roles } from './types';

/** Anything that carries the meeting's roles: a state, a view, or a finished case's roles. */
type WithRoles = { roles: Pick<Roles, 'caseGiver' | 'coCaseGiver'> };

/**
 * The running case's case-givers: the case-giver and, in a method that allows a pair, the second one
 * (PAIR-1). Empty before a case is chosen.
 */
export function caseGiversOf({ roles }: WithRoles): string[] {
  return [roles.caseGiver, roles.coCaseGiver ?? null].filter((id): id is string => id !== null);
}

/**
 * Whether this user is a case-giver of the running case, the second of a pair too (PAIR-2). Use this
 * wherever a rule speaks of "the case-giver"; `roles.caseGiver` alone is the one who brought the case.
 */
export function isCaseGiver(holder: WithRoles, userId: string | null | undefined): boolean {
  return userId != null && userId !== '' && caseGiversOf(holder).includes(userId);
}
