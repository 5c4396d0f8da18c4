import { MAX_PITCH } from './limits';
import type { MeetingSetup, MeetingState, Pitch, PlannedCase } from './types';

/** A case submitted ahead of the meeting as its author's pitch (CASE-1); its id is made from the case's. */
export function plannedPitch(c: PlannedCase): Pitch {
  const question = c.question.trim();
  return {
    id: `case-${c.caseId}`.slice(0, 64),
    authorId: c.authorId,
    text: c.title.slice(0, MAX_PITCH),
    caseId: c.caseId,
    ...(question ? { question } : {}),
  };
}

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
      coCaseGiver: null,
      // The planned roles are there when the room opens (ROLE-7), like the chair.
      timekeeper: setup.timekeeperUserId ?? null,
      scribe: setup.scribeUserId ?? null,
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
    pitches: (setup.cases ?? []).map(plannedPitch),
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
    pausedAt: null,
    facilitatorMode: setup.facilitatorMode ?? 'leads',
    practice: setup.practice ?? null,
  };
}
