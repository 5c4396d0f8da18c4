import { isCaseGiver } from '../case-givers';
import { partsNow } from '../plan';
import { isParticipant } from '../rules';
import type { MeetingState, RejectionCode } from '../types';
import { accept, type Deciders, reject } from './kit';

/** Frame parts before a case's phases: a second case-giver joins or leaves only then (PAIR-1). */
const BEFORE_PHASES = new Set(['lobby', 'opening', 'inventory', 'casting']);

/** Whether the running step stands for nothing but the opening, the inventory or the casting. */
function beforePhases(state: MeetingState): boolean {
  const parts = partsNow(state);
  return parts.length > 0 && parts.every((part) => BEFORE_PHASES.has(part));
}

/** Why this user cannot become the second case-giver now, or null when they can (PAIR-1). */
function pairRefusal(state: MeetingState, userId: string): RejectionCode | null {
  const { roles } = state;
  if (state.method?.caseGiverPair !== true) return 'pair_not_allowed';
  if (!beforePhases(state)) return 'wrong_stage';
  if (roles.caseGiver === null) return 'no_case_giver';
  if (roles.chair === userId) return 'case_giver_cannot_chair';
  if (roles.caseGiver === userId) return 'role_conflict';
  return null;
}

/**
 * Role assignment by the chair: one chair (ROLE-2), never a case-giver (ROLE-1), who has no other role
 * (ROLE-3); a second case-giver only where the method allows a pair, before the phases (PAIR-1).
 */
export const roleDeciders = {
  assignRole(state, { role, userId }) {
    const { roles } = state;
    if (!isParticipant(state, userId)) return reject('no_such_participant');
    if (role === 'chair') {
      if (isCaseGiver(state, userId)) return reject('case_giver_cannot_chair');
      return roles.chair === userId ? accept() : accept({ type: 'roleAssigned', role, userId });
    }
    if (role === 'caseGiver') {
      if (roles.chair === userId) return reject('case_giver_cannot_chair');
      return roles.caseGiver === userId ? accept() : accept({ type: 'roleAssigned', role, userId });
    }
    if (role === 'coCaseGiver') {
      const refusal = pairRefusal(state, userId);
      if (refusal) return reject(refusal);
      return roles.coCaseGiver === userId ? accept() : accept({ type: 'roleAssigned', role, userId });
    }
    if (isCaseGiver(state, userId)) return reject('role_conflict');
    const holds = {
      timekeeper: roles.timekeeper === userId,
      scribe: roles.scribe === userId,
      facilitator: roles.facilitators.includes(userId),
      observer: roles.observers.includes(userId),
    };
    return holds[role] ? accept() : accept({ type: 'roleAssigned', role, userId });
  },
  unassignRole(state, { role, userId }) {
    const { roles } = state;
    const holds = {
      caseGiver: roles.caseGiver === userId,
      coCaseGiver: roles.coCaseGiver === userId,
      timekeeper: roles.timekeeper === userId,
      scribe: roles.scribe === userId,
      facilitator: roles.facilitators.includes(userId),
      observer: roles.observers.includes(userId),
    };
    if (!holds[role]) return accept();
    // The pair stays as it is once the case's phases started (PAIR-1).
    if (role === 'coCaseGiver' && !beforePhases(state)) return reject('wrong_stage');
    return accept({ type: 'roleUnassigned', role, userId });
  },
} satisfies Partial<Deciders>;
