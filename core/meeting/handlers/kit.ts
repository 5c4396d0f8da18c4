import type { EventOf, MeetingEventType, MeetingState } from '../types';

/** Folds one event type into the state; never throws, an event about something unknown changes nothing. */
export type Handler<T extends MeetingEventType> = (state: MeetingState, event: EventOf<T>) => MeetingState;

/** One handler per event type; modules provide parts of it. */
export type Handlers = { [T in MeetingEventType]: Handler<T> };

/** Removes a value from a list (no copy needed when absent). */
export function without<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((x) => x !== value) : list;
}

/** Adds a value to a list once. */
export function withOnce<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list : [...list, value];
}
