import { caseHandlers } from './handlers/cases';
import { closingHandlers } from './handlers/closing';
import { contributionHandlers } from './handlers/contributions';
import { flowHandlers } from './handlers/flow';
import { forceHandlers } from './handlers/forces';
import { inventoryHandlers } from './handlers/inventory';
import type { Handler, Handlers } from './handlers/kit';
import { peopleHandlers } from './handlers/people';
import { realLifeHandlers } from './handlers/real-life';
import type { Contribution, MeetingEvent, MeetingEventType, MeetingState } from './types';

const handlers: Handlers = {
  ...peopleHandlers,
  ...flowHandlers,
  ...inventoryHandlers,
  ...contributionHandlers,
  ...forceHandlers,
  ...closingHandlers,
  ...realLifeHandlers,
  ...caseHandlers,
};

/** Folds one event into the state (or into a view: the same function keeps a client's view current). Pure. */
export function evolve(state: MeetingState, event: MeetingEvent & { shown?: Contribution[] }): MeetingState {
  const handler = handlers[event.type] as Handler<MeetingEventType> | undefined;
  const next = handler ? handler(state, event as never) : state;
  return event.shown ? show(next, event.shown) : next;
}

/** A projected event's `shown` contributions in place of the viewer's old copies (same ids). */
function show(view: MeetingState, shown: Contribution[]): MeetingState {
  const byId = new Map(shown.map((c) => [c.id, c]));
  return { ...view, contributions: view.contributions.map((c) => byId.get(c.id) ?? c) };
}

/** Folds a list of events, e.g. the stored log on top of initialState. */
export function replay(state: MeetingState, events: readonly MeetingEvent[]): MeetingState {
  return events.reduce(evolve, state);
}
