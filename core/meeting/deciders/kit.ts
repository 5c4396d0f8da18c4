import type { CommandOf, CommandType } from '../commands';
import type { Actor, Decided, MeetingEvent, MeetingState, RejectionCode } from '../types';

/** Decides one command type; the dispatcher has already checked membership and chair-only commands. */
export type Decider<T extends CommandType> = (
  state: MeetingState,
  command: CommandOf<T>,
  actor: Actor,
  now: number,
) => Decided;

/** One decider per command type; modules provide parts of it. */
export type Deciders = { [T in CommandType]: Decider<T> };

/** Accepts a command with the events it causes (none is fine: an idempotent no-op). */
export function accept(...events: MeetingEvent[]): Decided {
  return { ok: true, events };
}

/** Refuses a command with a typed reason. */
export function reject(code: RejectionCode, detail?: string): Decided {
  return detail === undefined
    ? { ok: false, rejection: { code } }
    : { ok: false, rejection: { code, detail } };
}

/** The next id for a contribution (c), pitch (p), flag (f) or learning point (l). */
export function newId(state: MeetingState, prefix: 'c' | 'p' | 'f' | 'l'): string {
  return `${prefix}${state.nextId}`;
}
