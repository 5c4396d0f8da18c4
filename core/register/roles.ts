import type { MeetingSetup, StoredEvent } from '../meeting/types';

/** Roles an attendance list names; observers are present without a role. */
const REGISTER_ROLES = new Set(['chair', 'caseGiver', 'timekeeper', 'scribe', 'facilitator']);

/** Every register role each person held at some point in the meeting, from its setup and log. */
export function registerRolesOf(
  setup: Pick<MeetingSetup, 'chairUserId' | 'facilitatorUserIds'>,
  log: readonly StoredEvent[],
): Map<string, string[]> {
  const roles = new Map<string, Set<string>>();
  const give = (userId: string | null | undefined, role: string) => {
    if (userId && REGISTER_ROLES.has(role)) roles.set(userId, (roles.get(userId) ?? new Set()).add(role));
  };
  give(setup.chairUserId, 'chair');
  for (const id of setup.facilitatorUserIds ?? []) give(id, 'facilitator');
  for (const event of log) {
    // The second case-giver of a pair is a case-giver on the list (PAIR-6).
    if (event.type === 'roleAssigned')
      give(event.userId, event.role === 'coCaseGiver' ? 'caseGiver' : event.role);
    if (event.type === 'caseChosen') give(event.caseGiverId, 'caseGiver');
  }
  return new Map([...roles].map(([userId, set]) => [userId, [...set]]));
}
