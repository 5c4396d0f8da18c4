import { isParticipant } from '../rules';
import { accept, type Deciders, reject } from './kit';

/** Role assignment by the chair: one chair (ROLE-2), never the case-giver (ROLE-1), who has no other role (ROLE-3). */
export const roleDeciders = {
  assignRole(state, { role, userId }) {
    const { roles } = state;
    if (!isParticipant(state, userId)) return reject('no_such_participant');
    if (role === 'chair') {
      if (roles.caseGiver === userId) return reject('case_giver_cannot_chair');
      return roles.chair === userId ? accept() : accept({ type: 'roleAssigned', role, userId });
    }
    if (role === 'caseGiver') {
      if (roles.chair === userId) return reject('case_giver_cannot_chair');
      return roles.caseGiver === userId ? accept() : accept({ type: 'roleAssigned', role, userId });
    }
    if (roles.caseGiver === userId) return reject('role_conflict');
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
      timekeeper: roles.timekeeper === userId,
      scribe: roles.scribe === userId,
      facilitator: roles.facilitators.includes(userId),
      observer: roles.observers.includes(userId),
    };
    return holds[role] ? accept({ type: 'roleUnassigned', role, userId }) : accept();
  },
} satisfies Partial<Deciders>;
