import { activeRules, eligible } from '../rules';
import { accrueAirtime, clockAt } from '../turns';
import type { MeetingState, Roles } from '../types';
import { type Handlers, withOnce, without } from './kit';

/** Takes someone out of the meeting: roster, roles other than chair, turn order (TURN-7). */
function removePerson(state: MeetingState, userId: string, at: number): MeetingState {
  const roles: Roles = {
    ...state.roles,
    caseGiver: state.roles.caseGiver === userId ? null : state.roles.caseGiver,
    coCaseGiver: state.roles.coCaseGiver === userId ? null : (state.roles.coCaseGiver ?? null),
    timekeeper: state.roles.timekeeper === userId ? null : state.roles.timekeeper,
    scribe: state.roles.scribe === userId ? null : state.roles.scribe,
    facilitators: without(state.roles.facilitators, userId),
    observers: without(state.roles.observers, userId),
  };
  let { turn, airtime } = state;
  const at_ = turn ? turn.order.indexOf(userId) : -1;
  if (turn && at_ >= 0) {
    const rules = activeRules(state);
    const wasHolder = at_ === turn.index;
    if (wasHolder && rules) airtime = accrueAirtime(airtime, rules.id, turn, clockAt(state, at));
    const order = turn.order.filter((id) => id !== userId);
    let index = at_ < turn.index ? turn.index - 1 : turn.index;
    if (index >= order.length) index = 0;
    turn = wasHolder ? { ...turn, order, index, since: at, spoke: 0 } : { ...turn, order, index };
    if (turn.floor === userId) turn = { ...turn, floor: null };
  }
  return {
    ...state,
    participants: state.participants.filter((p) => p.userId !== userId),
    roles,
    turn,
    airtime,
    ready: without(state.ready, userId),
  };
}

/** Makes someone the case-giver; they give up every other role except chair, which decide prevents (ROLE-3). */
export function asCaseGiver(r: Roles, userId: string): Roles {
  // The second case-giver who becomes the case-giver is no longer the second (PAIR-5).
  const coCaseGiver = r.coCaseGiver === userId ? null : (r.coCaseGiver ?? null);
  return { ...withoutOtherRoles(r, userId), caseGiver: userId, coCaseGiver };
}

/** Drops timekeeper, scribe, facilitator and observer: a case-giver holds none of them (ROLE-3, PAIR-2). */
function withoutOtherRoles(r: Roles, userId: string): Roles {
  return {
    ...r,
    timekeeper: r.timekeeper === userId ? null : r.timekeeper,
    scribe: r.scribe === userId ? null : r.scribe,
    facilitators: without(r.facilitators, userId),
    observers: without(r.observers, userId),
  };
}

/** Joining, leaving, guests and roles. */
export const peopleHandlers = {
  participantJoined(state, { participant }) {
    if (state.participants.some((p) => p.userId === participant.userId)) return state;
    const next = { ...state, participants: [...state.participants, participant] };
    // Someone who arrives during a round or stick phase joins the end of the order (TURN-7).
    const rules = activeRules(next);
    if (next.turn && rules && eligible(next, rules, participant.userId)) {
      return { ...next, turn: { ...next.turn, order: withOnce(next.turn.order, participant.userId) } };
    }
    return next;
  },
  participantLeft(state, { userId, at }) {
    return removePerson(state, userId, at);
  },
  guestAdmitted(state, { userId }) {
    return { ...state, admittedGuests: withOnce(state.admittedGuests, userId) };
  },
  guestRefused(state, { userId, at }) {
    return { ...removePerson(state, userId, at), admittedGuests: without(state.admittedGuests, userId) };
  },
  roleAssigned(state, { role, userId }) {
    const r = state.roles;
    const assign = {
      chair: () => ({ ...r, chair: userId }),
      // The case-giver holds no other role (ROLE-3).
      caseGiver: () => asCaseGiver(r, userId),
      coCaseGiver: () => ({ ...withoutOtherRoles(r, userId), coCaseGiver: userId }),
      timekeeper: () => ({ ...r, timekeeper: userId }),
      scribe: () => ({ ...r, scribe: userId }),
      facilitator: () => ({ ...r, facilitators: withOnce(r.facilitators, userId) }),
      observer: () => ({ ...r, observers: withOnce(r.observers, userId) }),
    };
    return { ...state, roles: assign[role]() };
  },
  roleUnassigned(state, { role, userId }) {
    const r = state.roles;
    const unassign = {
      caseGiver: () => ({ ...r, caseGiver: r.caseGiver === userId ? null : r.caseGiver }),
      coCaseGiver: () => ({ ...r, coCaseGiver: r.coCaseGiver === userId ? null : (r.coCaseGiver ?? null) }),
      timekeeper: () => ({ ...r, timekeeper: r.timekeeper === userId ? null : r.timekeeper }),
      scribe: () => ({ ...r, scribe: r.scribe === userId ? null : r.scribe }),
      facilitator: () => ({ ...r, facilitators: without(r.facilitators, userId) }),
      observer: () => ({ ...r, observers: without(r.observers, userId) }),
    };
    return { ...state, roles: unassign[role]() };
  },
} satisfies Partial<Handlers>;
