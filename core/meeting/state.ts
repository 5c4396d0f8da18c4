import type { MeetingSetup, MeetingState } from './types';

/** The state of a meeting before any event: the lobby, the chosen chair and facilitators, no one joined yet. */
export function initialState(setup: MeetingSetup): MeetingState {
  return {
    meetingId: setup.meetingId,
    groupId: setup.groupId,
    stage: 'lobby',
    autoAdvance: setup.autoAdvance ?? false,
    talkMode: 'typed',
    participants: [],
    admittedGuests: [],
    roles: {
      chair: setup.chairUserId,
      caseGiver: null,
      timekeeper: null,
      scribe: null,
      facilitators: [...new Set(setup.facilitatorUserIds ?? [])],
      observers: [],
    },
    method: setup.method,
    phaseIndex: null,
    skippedPhaseIds: [],
    revealedPhaseIds: [],
    deadline: null,
    stepStartedAt: null,
    extendedMs: 0,
    extensions: {},
    turn: null,
    airtime: {},
    pitches: [],
    votes: {},
    chosenPitchId: null,
    caseQuestion: null,
    contributions: [],
    nextId: 1,
    ready: [],
    flags: [],
    decision: null,
    evaluations: [],
    learningPoints: [],
    endedAt: null,
  };
}
