import { caseRecordOf, earlierCases } from '../cases';
import { closeStep } from './flow';
import type { Handlers } from './kit';

/** A meeting of several cases (CASES-2): the finished case is kept, the next starts with nothing of its own. */
export const caseHandlers = {
  nextCaseStarted(state, { firstPhase, at }) {
    // The running turn's airtime belongs to the case that ends.
    const closed = closeStep(state, at);
    return {
      ...closed,
      earlierCases: [...earlierCases(state), caseRecordOf(closed)],
      firstPhase,
      roles: { ...state.roles, caseGiver: null, coCaseGiver: null },
      phaseIndex: null,
      skippedPhaseIds: [],
      revealedPhaseIds: [],
      extensions: {},
      airtime: {},
      votes: {},
      chosenPitchId: null,
      caseQuestion: null,
      contributions: [],
      decision: null,
    };
  },
} satisfies Partial<Handlers>;
