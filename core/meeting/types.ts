import type { MessageKey } from '../i18n/index';
import type { ContributionKind, Method } from '../methods/schema';
import type { Action, AssignableRole, FacilitatorMode, FlagReason, Force, Tag, TalkMode } from './commands';

/**
 * Who issues a command. Guests have an id of their own (e.g. `guest:<id>`) and must be admitted.
 * `groupAdmin` is set by the server from the membership (never by a client): it lets them take the chair (LIFE-2).
 */
export type Actor = { userId: string; name: string; guest?: boolean; groupAdmin?: boolean };

/** What the room knows when a meeting starts; `initialState(setup)` plus the events is the whole truth. */
export type MeetingSetup = {
  meetingId: string;
  groupId: string;
  /** A frozen copy of a library method or group version, or null to choose in the meeting. */
  method: Method | null;
  chairUserId: string;
  facilitatorUserIds?: string[];
  /** Move on by itself when a phase's time box runs out (via `tick`); off by default. */
  autoAdvance?: boolean;
  /** The meeting's planned timekeeper and scribe (its rota), in the room from the start (ROLE-7). */
  timekeeperUserId?: string | null;
  scribeUserId?: string | null;
  /** Cases submitted for the meeting before the room opened: pitches in the inventory from the start (CASE-1). */
  cases?: PlannedCase[];
  /** How the facilitators take part at the start (LIFE-7); `leads` when absent. */
  facilitatorMode?: FacilitatorMode;
  /** A practice meeting on an example case (PRACTICE-1…3); absent for a real one. */
  practice?: Practice;
};

/**
 * A practice meeting works on an example case of core/practice: every phase says why it is there and the
 * facilitator prompts are for everyone (PRACTICE-1); it counts for nothing (PRACTICE-3). `demo`: a visitor's
 * demonstration with simulated participants, held only in memory (DEMO-1).
 */
export type Practice = { caseId: string; demo?: boolean };

/** A case brought in for the meeting ahead of it: its title is the pitch, its question comes along. */
export type PlannedCase = { caseId: string; authorId: string; title: string; question: string };

export const STAGES = [
  'lobby',
  'opening',
  'inventory',
  'casting',
  'phase',
  'decision',
  'evaluation',
  'summary',
  'ended',
] as const;
export type Stage = (typeof STAGES)[number];

/** Contributions made during the opening stage carry this phase id (method phase ids are slugs). */
export const OPENING_PHASE_ID = '@opening';

export type Participant = { userId: string; name: string; guest: boolean };

export type Roles = {
  /** Exactly one chair, always (ROLE-2). */
  chair: string;
  caseGiver: string | null;
  /**
   * The second case-giver of a pair (PAIR-1), in a method that allows one; absent or null otherwise.
   * Optional so views of meetings stored before pairs existed stay valid.
   */
  coCaseGiver?: string | null;
  timekeeper: string | null;
  scribe: string | null;
  facilitators: string[];
  observers: string[];
};

/**
 * How much of a contribution one viewer may see. Only views carry a redaction:
 * `hidden` = private writing of someone else before reveal (placeholder: id, kind, phaseId, createdAt);
 * `anonymous` = the turned-away case-giver sees the text but not the author (authorId ''), as does everyone
 * but the author in a phase that reveals without names (LIFE-8);
 * `removed` = hidden by the chair (LIFE-5): a placeholder like `hidden`, for everyone but the author.
 */
export type Redaction = 'hidden' | 'anonymous' | 'removed';

export type Contribution = {
  id: string;
  authorId: string;
  kind: ContributionKind;
  text: string;
  phaseId: string;
  createdAt: number;
  editedAt: number | null;
  /** Written in an `individual` phase: private until revealed (reveal or phase end). */
  private: boolean;
  revealed: boolean;
  tag: Tag | null;
  force: Force | null;
  /** The case-giver's answer. */
  answer: string | null;
  /** The case-giver's rating 1–5. */
  rating: number | null;
  /** Force weights 1–10 per user. */
  weights: Record<string, number>;
  /** Chosen by the case-giver in a later phase (MAT-3); absent in events stored before choices existed. */
  chosen?: boolean;
  /** The recorder who noted what the author said (TALK-4); absent when the author typed it. */
  recordedBy?: string;
  /** Hidden by the chair for breaking the ground rules (LIFE-5); absent in events stored before. */
  hidden?: boolean;
  /** A duplicate force merged into this force (FORCE-2); absent or null when not merged. */
  mergedInto?: string | null;
  redaction?: Redaction;
};

/** Round or stick turns within the current phase. */
export type TurnState = {
  mode: 'round' | 'stick';
  /** Speaking order (user ids); the holder is order[index]. */
  order: string[];
  index: number;
  /** 1-based; increases when the turn wraps to the start of the order. */
  round: number;
  /** Who passed without contributing in the current round. */
  passed: string[];
  /** Consecutive passes; a full silent round when >= order.length. */
  silentStreak: number;
  /** When the current holder got the turn (server ms), for airtime. */
  since: number;
  /** Contributions by the current holder during this turn. */
  spoke: number;
  /** The last person who contributed in this phase (for paraphrase-first). */
  lastSpeaker: string | null;
  /** Who has the floor out of turn (LIFE-6): they contribute once, then the holder has it again. */
  floor?: string | null;
};

/**
 * A case pitched in the inventory. One brought in ahead of the meeting carries its case's id and question
 * (CASE-1); the question becomes the case question when the pitch is chosen.
 */
export type Pitch = { id: string; authorId: string; text: string; caseId?: string; question?: string };

export type Flag = {
  id: string;
  /** '' in views of people who are neither the chair, a facilitator, nor the raiser. */
  raisedBy: string;
  reason: FlagReason;
  text: string | null;
  phaseId: string | null;
  at: number;
  resolved: boolean;
};

export type Decision = { text: string; actions: Action[]; by: string; at: number };

export type Evaluation = {
  userId: string;
  heard: number | null;
  perspectives: number;
  method: number;
  cooperation: number;
  note: string | null;
};

export type LearningPoint = { id: string; authorId: string; text: string; shared: boolean };

/**
 * One finished case of a meeting of several cases (CASES-2): what was its own, kept as it was when the
 * next case started. The running (or last) case is the state's own fields of the same names.
 */
export type CaseRecord = {
  caseGiver: string | null;
  /** The second case-giver of a pair (PAIR-5); absent in meetings stored before pairs existed. */
  coCaseGiver?: string | null;
  method: Method | null;
  phaseIndex: number | null;
  skippedPhaseIds: string[];
  revealedPhaseIds: string[];
  extensions: Record<string, number>;
  airtime: Record<string, Record<string, number>>;
  chosenPitchId: string | null;
  caseQuestion: string | null;
  contributions: Contribution[];
  decision: Decision | null;
};

export type MeetingState = {
  meetingId: string;
  groupId: string;
  stage: Stage;
  autoAdvance: boolean;
  /** Everyone types, one device records, or both (TALK-1). */
  talkMode: TalkMode;
  /** Everyone who joined and has not left, in join order. Online presence is not here (room memory). */
  participants: Participant[];
  /** Guests the chair let in; only they may join as guests. */
  admittedGuests: string[];
  roles: Roles;
  method: Method | null;
  /** Index in method.phases of the current (or last) phase; null before the first phase. */
  phaseIndex: number | null;
  skippedPhaseIds: string[];
  /** Phases whose private writing or weighing the chair revealed (or that ended while something was private). */
  revealedPhaseIds: string[];
  /** Absolute deadline of the current step on the server clock (ms), or null when it has no time box. */
  deadline: number | null;
  stepStartedAt: number | null;
  /** Extra time given to the current step (ms). */
  extendedMs: number;
  /** Total extensions per phase id, for the record. */
  extensions: Record<string, number>;
  turn: TurnState | null;
  /** Milliseconds holding the turn, per phase id then user id (closed turns only; see airtime()). */
  airtime: Record<string, Record<string, number>>;
  pitches: Pitch[];
  /** One vote per user: user id → pitch id. */
  votes: Record<string, string>;
  chosenPitchId: string | null;
  caseQuestion: string | null;
  contributions: Contribution[];
  /** Counter behind contribution, pitch, flag and learning-point ids. */
  nextId: number;
  /** Who marked themselves ready in the current step. */
  ready: string[];
  flags: Flag[];
  decision: Decision | null;
  evaluations: Evaluation[];
  learningPoints: LearningPoint[];
  endedAt: number | null;
  /** When the chair or timekeeper paused the clock (server ms), or null while it runs (LIFE-3). */
  pausedAt: number | null;
  /** Whether the facilitators lead, stay in the background or are absent (LIFE-7). */
  facilitatorMode: FacilitatorMode;
  /** The cases finished before the running one (CASES-2); absent in states built before several cases. */
  earlierCases?: CaseRecord[];
  /** Index of the running case's first method phase: the next round of a method like Troika (CASES-3). */
  firstPhase?: number;
  /** Set for a practice meeting (PRACTICE-1); absent in states of meetings stored before it existed. */
  practice?: Practice | null;
};

/**
 * What one participant may see (visibility.ts): the same shape as the state with hidden parts removed
 * or redacted, so a client keeps it current with the same `evolve` applied to projected events.
 */
export type MeetingView = MeetingState;

// ---------------------------------------------------------------- events

type E<T extends string, P> = { type: T } & P;

export type MeetingEvent =
  | E<'participantJoined', { participant: Participant }>
  | E<'participantLeft', { userId: string; at: number }>
  | E<'guestAdmitted', { userId: string; name: string }>
  | E<'guestRefused', { userId: string; at: number }>
  | E<'roleAssigned', { role: AssignableRole; userId: string }>
  | E<'roleUnassigned', { role: Exclude<AssignableRole, 'chair'>; userId: string }>
  | E<'methodChosen', { method: Method; versionId?: string }>
  | E<
      'stageOpened',
      { stage: Exclude<Stage, 'phase' | 'lobby' | 'ended'>; at: number; deadline: number | null }
    >
  | E<
      'phaseStarted',
      { phaseIndex: number; phaseId: string; at: number; deadline: number; turn: TurnState | null }
    >
  | E<'phaseSkipped', { phaseId: string; by: string | null }>
  | E<'privateRevealed', { phaseId: string }>
  | E<'timeboxExtended', { ms: number; deadline: number; by: string }>
  | E<'readyMarked', { userId: string; ready: boolean }>
  | E<'meetingEnded', { at: number; by: string }>
  | E<'talkModeSet', { mode: TalkMode; by: string }>
  | E<'pitchAdded', { pitch: Pitch }>
  | E<'voteCast', { userId: string; pitchId: string | null }>
  | E<'caseChosen', { pitchId: string; caseGiverId: string }>
  | E<'caseQuestionSet', { text: string }>
  | E<'contributionAdded', { contribution: Contribution }>
  | E<'contributionEdited', { contributionId: string; text: string; force: Force | null; at: number }>
  | E<'contributionWithdrawn', { contributionId: string }>
  | E<'turnMoved', { index: number; passed: boolean; at: number }>
  | E<'questionAnswered', { contributionId: string; text: string }>
  | E<'contributionRated', { contributionId: string; rating: number }>
  | E<'contributionChosen', { contributionId: string; chosen: boolean }>
  | E<'forceWeighed', { contributionId: string; userId: string; weight: number }>
  | E<'contributionTagged', { contributionId: string; tag: Tag }>
  | E<'forceMerged', { contributionId: string; into: string | null; by: string }>
  | E<'forceReachSet', { contributionId: string; inReach: boolean; by: string }>
  | E<'flagRaised', { flag: Flag }>
  | E<'flagResolved', { flagId: string }>
  | E<'decisionRecorded', { decision: Decision }>
  | E<'evaluationGiven', { evaluation: Evaluation }>
  | E<'learningPointAdded', { learningPoint: LearningPoint }>
  | E<'learningPointShared', { learningPointId: string; shared: boolean }>
  | E<'chairTaken', { userId: string; from: string; at: number }>
  | E<'clockPaused', { at: number }>
  | E<'clockResumed', { at: number; deadline: number | null }>
  | E<'phaseUnskipped', { phaseId: string; by: string }>
  | E<'contributionHidden', { contributionId: string; hidden: boolean; by: string }>
  | E<'floorGiven', { userId: string | null; at: number }>
  | E<'facilitatorModeSet', { mode: FacilitatorMode }>
  | E<'nextCaseStarted', { number: number; firstPhase: number; at: number }>;

export type MeetingEventType = MeetingEvent['type'];
export type EventOf<T extends MeetingEventType> = Extract<MeetingEvent, { type: T }>;

/** An event as stored in meeting_events: gapless `seq` per meeting, `at` = server time of the append. */
export type StoredEvent = MeetingEvent & { seq: number; at: number };
/**
 * A stored event as one viewer receives it; `shown` carries contributions they already hold but now
 * see differently (revealed, or with names back), which evolve puts in place of their old copies.
 */
export type ProjectedEvent = StoredEvent & { shown?: Contribution[] };

// ---------------------------------------------------------------- rejections

/** Why a command was refused; every code has a message in locales/<lang>/meeting.json. */
export const REJECTION_CODES = [
  'meeting_ended',
  'not_participant',
  'guest_not_admitted',
  'no_such_participant',
  'not_chair',
  'not_chair_or_timekeeper',
  'not_case_giver',
  'not_case_giver_or_scribe',
  'case_giver_cannot_chair',
  'chair_must_hand_over',
  'role_conflict',
  'no_case_giver',
  'no_method',
  'method_locked',
  'unknown_method',
  // Not the engine's: the server could not reach its database to decide (docs/PROTOCOL.md).
  'unavailable',
  'wrong_stage',
  'invalid_phase',
  'phase_closed',
  'may_not_contribute',
  'case_giver_listens_only',
  'observer_listens_only',
  'kind_not_allowed',
  'not_your_turn',
  'no_turns',
  'paraphrase_first',
  'no_such_contribution',
  'not_own_contribution',
  'invalid_force',
  'not_a_force',
  'tag_not_allowed',
  'answers_not_allowed',
  'ratings_not_allowed',
  'choosing_not_allowed',
  'weighing_not_allowed',
  'no_such_pitch',
  'no_such_flag',
  'no_such_learning_point',
  'not_own_learning_point',
  'recording_off',
  'not_recorder',
  'recorder_notes',
  'not_admin_or_facilitator',
  'not_chair_or_facilitator',
  'chair_present',
  'no_decision',
  'not_chair_or_scribe',
  'sorting_not_allowed',
  'force_merged',
  'pair_not_allowed',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

/** A typed refusal; `detail` is for logs and tests, never shown as is. */
export type Rejection = { code: RejectionCode; detail?: string };

/** The i18n key of each rejection's message (tsc fails when a code has no message). */
export function rejectionMessageKey(code: RejectionCode): MessageKey {
  const key: `meeting.rejections.${RejectionCode}` extends MessageKey ? MessageKey : never =
    `meeting.rejections.${code}`;
  return key;
}

export type Decided = { ok: true; events: MeetingEvent[] } | { ok: false; rejection: Rejection };
