import type {
  Contribution,
  Decision,
  EventOf,
  MeetingEvent,
  MeetingEventType,
  MeetingSetup,
  MeetingState,
} from './types';

/**
 * Retention (LOG-8): the text people wrote is taken out of a stored event, and everything else stays: its
 * type, its seq, ids, authors, kinds, phases, times, ratings, weights and evaluation scores. So a redacted
 * log still replays to a meeting of the same shape (who was there, how long, how many contributions of
 * which kind, the evaluation means) with every written text empty.
 */
type Redactor<T extends MeetingEventType> = (event: EventOf<T>) => EventOf<T>;
type Redactors = { [T in MeetingEventType]?: Redactor<T> };

const blank = (c: Contribution): Contribution => ({ ...c, text: '', answer: c.answer === null ? null : '' });
const blankDecision = (d: Decision): Decision => ({
  ...d,
  text: '',
  actions: d.actions.map((a) => ({ ...a, text: '' })),
});

const REDACTORS: Redactors = {
  pitchAdded: (e) => ({ ...e, pitch: { ...e.pitch, text: '' } }),
  caseQuestionSet: (e) => ({ ...e, text: '' }),
  contributionAdded: (e) => ({ ...e, contribution: blank(e.contribution) }),
  contributionEdited: (e) => ({ ...e, text: '' }),
  questionAnswered: (e) => ({ ...e, text: '' }),
  flagRaised: (e) => ({ ...e, flag: { ...e.flag, text: null } }),
  decisionRecorded: (e) => ({ ...e, decision: blankDecision(e.decision) }),
  evaluationGiven: (e) => ({ ...e, evaluation: { ...e.evaluation, note: null } }),
  learningPointAdded: (e) => ({ ...e, learningPoint: { ...e.learningPoint, text: '' } }),
};

/** The event without the text people wrote; events that hold none come back unchanged. */
export function redactEvent<E extends MeetingEvent>(event: E): E {
  const redactor = REDACTORS[event.type] as Redactor<MeetingEventType> | undefined;
  return redactor ? (redactor(event as never) as E) : event;
}

/** The event types that can hold text people wrote: the retention job rewrites only these. */
export const TEXT_EVENT_TYPES = Object.keys(REDACTORS) as MeetingEventType[];

/** The state a redacted log replays to: the same meeting with every written text empty. */
export function redactState(state: MeetingState): MeetingState {
  return {
    ...state,
    pitches: state.pitches.map((p) => ({ ...p, text: '' })),
    caseQuestion: state.caseQuestion === null ? null : '',
    contributions: state.contributions.map(blank),
    flags: state.flags.map((f) => ({ ...f, text: null })),
    decision: state.decision && blankDecision(state.decision),
    evaluations: state.evaluations.map((e) => ({ ...e, note: null })),
    learningPoints: state.learningPoints.map((l) => ({ ...l, text: '' })),
    // Cases finished before the running one (CASES-2) keep what they were written with.
    ...(state.earlierCases && {
      earlierCases: state.earlierCases.map((c) => ({
        ...c,
        caseQuestion: c.caseQuestion === null ? null : '',
        contributions: c.contributions.map(blank),
        decision: c.decision && blankDecision(c.decision),
      })),
    }),
  };
}

/** The setup without the cases' texts brought in ahead (CASE-1): ids and authors stay (LOG-8). */
export function redactSetup(setup: MeetingSetup): MeetingSetup {
  if (!setup.cases?.length) return setup;
  return { ...setup, cases: setup.cases.map((c) => ({ ...c, title: '', question: '' })) };
}
