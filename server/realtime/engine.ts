import type { ReportSharing } from '../../core/api/reports';
import type { Actor, MeetingSetup } from '../../core/meeting/types';
import type { EventRow, NewEvent } from './repo';

/** How an ended meeting is cut for members: the report level, and whether the case-giver still sees it all. */
export type EndedReading = { level: ReportSharing; ownerSeesAll: boolean };

/** What a command came to: events to append, or the engine's typed rejection. */
export type Decision = { events: NewEvent[] } | { rejection: unknown };

/** A stored event as the room handles it: what the engine folds and projects. */
export type Stored = { seq: number; type: string } & Record<string, unknown>;

/**
 * The room's view of the pure meeting engine in core/meeting. Keeping the surface this narrow lets
 * the room stay ignorant of meeting rules: it only orders, stores and delivers.
 */
export type MeetingEngine<S> = {
  /** Validates a client's command with the engine's own schema; null when malformed. */
  parseCommand(raw: unknown): unknown | null;
  initial(setup: MeetingSetup): S;
  decide(state: S, command: unknown, actor: Actor, now: number): Decision;
  /** Turns a log row into the engine's stored event. */
  fromRow(row: EventRow): Stored;
  evolve(state: S, event: Stored): S;
  viewFor(state: S, userId: string, now: number): unknown;
  /** Users with the same key have the same viewFor, so one serialisation serves them all. */
  viewKey(state: S, userId: string): string;
  project(before: S, after: S, event: Stored, userId: string): Stored | 'resync' | null;
  /** When the meeting ended (server ms), or null while it runs. */
  endedAt(state: S): number | null;
  /** An ended meeting as one member may still see it: no more than their report at `level` (REPORT-10). */
  endedView(state: S, log: readonly Stored[], userId: string, reading: EndedReading): unknown;
  /** Events the clock causes by itself (auto-advance); empty when nothing is due. */
  tick(state: S, now: number): NewEvent[];
  /** Whether this user may let guests in (the chair). */
  canAdmitGuests(state: S, userId: string): boolean;
  isAdmittedGuest(state: S, userId: string): boolean;
  /** The guest a chair's command sends away before they were ever admitted (so no event), or null. */
  waitingGuestRefused(state: S, command: unknown, actor: Actor): string | null;
  /**
   * A refusal that depends on who is connected (not the engine's business): taking the chair while the
   * chair has a socket open (LIFE-2). Null when presence does not matter.
   */
  presenceRefusal(
    state: S,
    command: unknown,
    actor: Actor,
    online: readonly string[],
  ): { code: string } | null;
  /** Whether a command makes the meeting run without its planned chair, so its setup is frozen first (LIFE-2). */
  freezesSetup(command: unknown): boolean;
  /** The chair's word on a guest, when this event is one. */
  guestDecision(event: Stored): { userId: string; admitted: boolean } | null;
};

export type { Actor, MeetingSetup };
