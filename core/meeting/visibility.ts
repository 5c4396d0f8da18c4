import type { Method } from '../methods/schema';
import { isCaseGiver } from './case-givers';
import { caseState } from './cases';
import {
  activeRules,
  isFacilitator,
  outOfRoom,
  seesPrompts,
  type Visibility,
  visibilityOf,
  weightsFor,
  weightsHidden,
} from './rules';
import type {
  CaseRecord,
  Contribution,
  EventOf,
  Flag,
  MeetingEventType,
  MeetingState,
  MeetingView,
  ProjectedEvent,
  StoredEvent,
} from './types';

/** A contribution as one viewer may see it, or null when they may not know it exists (VIS-1…VIS-3). */
export function redactContribution(c: Contribution, visibility: Visibility): Contribution | null {
  if (visibility === 'full') return c;
  if (visibility === 'dropped') return null;
  if (visibility === 'anonymous') {
    // Who noted it would tell a turned-away case-giver something of who said it (TALK-4).
    const { recordedBy: _noter, ...rest } = c;
    return { ...rest, authorId: '', redaction: 'anonymous' };
  }
  if (visibility === 'removed') {
    // What the chair hid keeps only where it stood (LIFE-5).
    return {
      ...placeholder(c),
      private: c.private,
      revealed: c.revealed,
      hidden: true,
      redaction: 'removed',
    };
  }
  return placeholder(c);
}

/** Private writing of someone else before reveal: only id, kind, phase and time are real (VIS-1). */
function placeholder(c: Contribution): Contribution {
  return {
    id: c.id,
    authorId: '',
    kind: c.kind,
    text: '',
    phaseId: c.phaseId,
    createdAt: c.createdAt,
    editedAt: null,
    private: true,
    revealed: false,
    tag: null,
    force: null,
    answer: null,
    rating: null,
    weights: {},
    redaction: 'hidden',
  };
}

const stripped = new WeakMap<Method, Method>();
/** The method without facilitator-only prompts (VIS-5); cached per frozen method object. */
function withoutFacilitatorPrompts(method: Method): Method {
  let copy = stripped.get(method);
  if (!copy) {
    copy = { ...method, phases: method.phases.map((p) => ({ ...p, facilitatorPrompts: [] })) };
    stripped.set(method, copy);
  }
  return copy;
}

/** Who may see who raised a flag: the chair, facilitators and the raiser themselves (VIS-6). */
function seesFlagAuthor(state: MeetingState, userId: string, flag: Flag): boolean {
  return flag.raisedBy === userId || state.roles.chair === userId || isFacilitator(state, userId);
}

function redactFlag(state: MeetingState, userId: string, flag: Flag): Flag | null {
  if (outOfRoom(state, userId, flag.phaseId)) return null;
  return seesFlagAuthor(state, userId, flag) ? flag : { ...flag, raisedBy: '' };
}

/**
 * The running step's id when this user is a case-giver turned away or out of the room in it, else null.
 * They get no turn and no airtime of that step (VIS-11): in a round, who held the turn names who wrote
 * each contribution, and an absent case-giver receives nothing of the phase (VIS-2).
 */
function hiddenTurnStep(state: MeetingState, userId: string): string | null {
  const rules = activeRules(state);
  if (!rules || !isCaseGiver(state, userId)) return null;
  // Only rounds and the stick keep a turn; in other steps there is nothing to hide (and no resync).
  if (rules.turns !== 'round' && rules.turns !== 'stick') return null;
  const placement = rules.caseGiverPlacement;
  return placement === 'turnedAway' || placement === 'absent' ? rules.id : null;
}

/** The airtime table without one step's entry. */
function airtimeWithout(airtime: MeetingState['airtime'], stepId: string): MeetingState['airtime'] {
  if (!(stepId in airtime)) return airtime;
  const { [stepId]: _hidden, ...rest } = airtime;
  return rest;
}

/** The contributions of the state's running (or last) case as one viewer may see them. */
function contributionsFor(state: MeetingState, userId: string): Contribution[] {
  const contributions: Contribution[] = [];
  for (const c of state.contributions) {
    const seen = redactContribution(c, visibilityOf(state, c, userId));
    if (!seen) continue;
    const weights = weightsFor(state, seen, userId);
    contributions.push(weights === seen.weights ? seen : { ...seen, weights });
  }
  return contributions;
}

/** The method as one viewer may see it: facilitator prompts only for those who see them (VIS-5). */
function methodFor(state: MeetingState, method: Method | null, userId: string): Method | null {
  return method && !seesPrompts(state, userId) ? withoutFacilitatorPrompts(method) : method;
}

/** An earlier case as one viewer may see it: as a phase that has ended (CASES-6). */
function earlierCasesFor(state: MeetingState, userId: string): { earlierCases?: CaseRecord[] } {
  if (!state.earlierCases) return {};
  return {
    earlierCases: state.earlierCases.map((record, i) => ({
      ...record,
      method: methodFor(state, record.method, userId),
      contributions: contributionsFor(caseState(state, i + 1)!, userId),
    })),
  };
}

/** What one participant may see of the meeting: the state with everything they may not see removed. Pure. */
export function viewFor(state: MeetingState, recipientUserId: string, _now?: number): MeetingView {
  const userId = recipientUserId;
  const contributions = contributionsFor(state, userId);
  const flags: Flag[] = [];
  for (const f of state.flags) {
    const seen = redactFlag(state, userId, f);
    if (seen) flags.push(seen);
  }
  const hiddenStep = hiddenTurnStep(state, userId);
  return {
    ...state,
    method: methodFor(state, state.method, userId),
    contributions,
    ...earlierCasesFor(state, userId),
    flags,
    learningPoints: state.learningPoints.filter((l) => l.shared || l.authorId === userId),
    // Who holds the turn, or held it how long, would name authors or tell of the phase (VIS-2, VIS-11).
    turn: hiddenStep === null ? state.turn : null,
    airtime: hiddenStep === null ? state.airtime : airtimeWithout(state.airtime, hiddenStep),
  };
}

/** The part of viewKey outside contributions: facilitator, out of the room, flags, learning points. */
function surroundingsKey(state: MeetingState, userId: string): string {
  const parts: string[] = [
    seesPrompts(state, userId) ? 'F' : '-',
    outOfRoom(state, userId, activeRules(state)?.id ?? null) ? 'A' : '-',
    // While weights are private everyone sees their own (VIS-10): the view is personal then.
    weightsHidden(state) ? `W:${userId}` : '-',
    // Leaving a step whose turn was hidden brings its airtime back: a resync (VIS-11).
    `T${hiddenTurnStep(state, userId) ?? ''}`,
  ];
  for (const f of state.flags) {
    parts.push(
      `${f.id}:${outOfRoom(state, userId, f.phaseId) ? 'x' : seesFlagAuthor(state, userId, f) ? 'a' : 'n'}`,
    );
  }
  for (const l of state.learningPoints) if (l.shared || l.authorId === userId) parts.push(l.id);
  return parts.join(',');
}

/**
 * A fingerprint of what one viewer may see of things that already exist. It decides viewFor
 * completely: two viewers with the same key have the same view (VIS-9), so a resync is built once
 * per distinct key.
 */
export function viewKey(state: MeetingState, userId: string): string {
  const parts = [surroundingsKey(state, userId)];
  for (const c of state.contributions) parts.push(`${c.id}:${visibilityOf(state, c, userId)}`);
  (state.earlierCases ?? []).forEach((record, i) => {
    const past = caseState(state, i + 1)!;
    for (const c of record.contributions) parts.push(`${c.id}:${visibilityOf(past, c, userId)}`);
  });
  return parts.join(',');
}

/**
 * How an event changes what one viewer sees of things they already know: nothing ([]), contributions
 * they now see differently (revealed, names back), or 'resync' when anything else changes with it or a
 * contribution appears or vanishes for them (a case-giver back in the room).
 */
function visibilityChange(
  before: MeetingState,
  after: MeetingState,
  userId: string,
): Contribution[] | 'resync' {
  if (surroundingsKey(before, userId) !== surroundingsKey(after, userId)) return 'resync';
  if (before.contributions.length !== after.contributions.length) return 'resync';
  const shown: Contribution[] = [];
  for (const [i, c] of after.contributions.entries()) {
    const old = before.contributions[i]!;
    if (old.id !== c.id) return 'resync';
    const was = visibilityOf(before, old, userId);
    const is = visibilityOf(after, c, userId);
    if (was === is) continue;
    if (was === 'dropped' || is === 'dropped') return 'resync';
    shown.push(redactContribution(c, is)!);
  }
  return shown;
}

type Projector<T extends MeetingEventType> = (
  before: MeetingState,
  after: MeetingState,
  event: StoredEvent & EventOf<T>,
  userId: string,
) => StoredEvent | null;

function visibilityById(state: MeetingState, id: string, userId: string): Visibility {
  const c = state.contributions.find((x) => x.id === id);
  return c ? visibilityOf(state, c, userId) : 'full';
}

/** Events about an existing contribution reach those who see it, hidden or not. */
const aboutContribution = (
  _before: MeetingState,
  after: MeetingState,
  event: StoredEvent & { contributionId: string },
  userId: string,
): StoredEvent | null => {
  const v = visibilityById(after, event.contributionId, userId);
  return v === 'full' || v === 'anonymous' ? event : null;
};

const projectors: { [T in MeetingEventType]?: Projector<T> } = {
  contributionAdded(_before, after, event, userId) {
    const seen = redactContribution(event.contribution, visibilityOf(after, event.contribution, userId));
    if (!seen) return null;
    return seen === event.contribution ? event : { ...event, contribution: seen };
  },
  contributionEdited: aboutContribution,
  questionAnswered: aboutContribution,
  contributionRated: aboutContribution,
  contributionChosen: aboutContribution,
  forceWeighed(before, after, event, userId) {
    const seen = aboutContribution(before, after, event, userId);
    // Weighing alone first: others learn that a weight was given, not which (VIS-10).
    return seen && weightsHidden(after) && event.userId !== userId ? { ...seen, weight: 0 } : seen;
  },
  contributionTagged: aboutContribution,
  forceMerged: aboutContribution,
  forceReachSet: aboutContribution,
  contributionHidden(_before, after, event, userId) {
    // Everyone who holds it (in full or as a placeholder) gets it; `shown` brings the new copy (LIFE-5).
    const v = visibilityById(after, event.contributionId, userId);
    return v === 'dropped' || v === 'hidden' ? null : event;
  },
  contributionWithdrawn(before, _after, event, userId) {
    return visibilityById(before, event.contributionId, userId) === 'dropped' ? null : event;
  },
  flagRaised(_before, after, event, userId) {
    const seen = redactFlag(after, userId, event.flag);
    if (!seen) return null;
    return seen === event.flag ? event : { ...event, flag: seen };
  },
  flagResolved(_before, after, event, userId) {
    const flag = after.flags.find((f) => f.id === event.flagId);
    return flag && outOfRoom(after, userId, flag.phaseId) ? null : event;
  },
  learningPointAdded(_before, _after, event, userId) {
    const { learningPoint } = event;
    return learningPoint.shared || learningPoint.authorId === userId ? event : null;
  },
  learningPointShared(_before, after, event, userId) {
    const point = after.learningPoints.find((l) => l.id === event.learningPointId);
    return point && (point.shared || point.authorId === userId) ? event : null;
  },
  turnMoved(_before, after, event, userId) {
    return hiddenTurnStep(after, userId) === null ? event : null;
  },
  phaseStarted(_before, after, event, userId) {
    return hiddenTurnStep(after, userId) === null ? event : { ...event, turn: null };
  },
  methodChosen(_before, after, event, userId) {
    return seesPrompts(after, userId) ? event : { ...event, method: withoutFacilitatorPrompts(event.method) };
  },
};

/** Events that can change what someone sees of things that already exist; checked against viewKey. */
const VISIBILITY_EVENTS: ReadonlySet<MeetingEventType> = new Set<MeetingEventType>([
  'participantJoined',
  'participantLeft',
  'guestRefused',
  'roleAssigned',
  'roleUnassigned',
  'caseChosen',
  'methodChosen',
  'stageOpened',
  'phaseStarted',
  'phaseSkipped',
  'privateRevealed',
  'meetingEnded',
  'learningPointShared',
  'chairTaken',
  'facilitatorModeSet',
  'contributionHidden',
]);

/**
 * What the room sends one recipient for one event: the event or a redacted copy, carrying in `shown`
 * the contributions they now see differently (a reveal); null (nothing for them); or 'resync' when
 * more of what they already know changes visibility: send a fresh viewFor.
 * Contract: applying the result with `evolve` to viewFor(before) gives viewFor(after) (see docs/PROTOCOL.md "Views").
 */
export function projectEvent(
  stateBefore: MeetingState,
  stateAfter: MeetingState,
  event: StoredEvent,
  recipientUserId: string,
): ProjectedEvent | 'resync' | null {
  // A new case changes the whole view: the finished case is kept, the running one is empty (CASES-6).
  if (event.type === 'nextCaseStarted') return 'resync';
  const shown = VISIBILITY_EVENTS.has(event.type)
    ? visibilityChange(stateBefore, stateAfter, recipientUserId)
    : [];
  if (shown === 'resync') return 'resync';
  const projector = projectors[event.type] as Projector<MeetingEventType> | undefined;
  const seen = projector ? projector(stateBefore, stateAfter, event as never, recipientUserId) : event;
  if (shown.length === 0) return seen;
  return seen === null ? 'resync' : { ...seen, shown };
}
