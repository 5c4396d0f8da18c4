import { closingHandlers } from './handlers/closing';
import { contributionHandlers } from './handlers/contributions';
import { flowHandlers } from './handlers/flow';
import { inventoryHandlers } from './handlers/inventory';
import type { Handler, Handlers } from './handlers/kit';
import { peopleHandlers } from './handlers/people';
import type { MeetingEvent, MeetingEventType, MeetingState } from './types';

const handlers: Handlers = {
  ...peopleHandlers,
  ...flowHandlers,
  ...inventoryHandlers,
  ...contributionHandlers,
  ...closingHandlers,
};

/** Folds one event into the state (or into a view: the same function keeps a client's view current). Pure. */
export function evolve(state: MeetingState, event: MeetingEvent): MeetingState {
  const handler = handlers[event.type] as Handler<MeetingEventType> | undefined;
  return handler ? handler(state, event as never) : state;
}

/** Folds a list of events, e.g. the stored log on top of initialState. */
export function replay(state: MeetingState, events: readonly MeetingEvent[]): MeetingState {
  return events.reduce(evolve, state);
}
