import { commandSchema } from '../meeting/commands';
import { decide, tick } from '../meeting/decide';
import { evolve } from '../meeting/evolve';
import { initialState } from '../meeting/state';
import type { Actor, MeetingEvent, MeetingState, Rejection, StoredEvent } from '../meeting/types';

/** The engine's rejection, or a command it could not read (as the live room answers: docs/PROTOCOL.md). */
export type Refusal = Rejection | { code: 'invalid_command' };

import { type DemoPlan, demoSetup } from './demo';
import { DemoSimulation } from './simulation';

/** More than a demo ever needs in one moment; a bound so a fault can never spin the server. */
const MAX_MOVES_PER_MOMENT = 40;

/**
 * A demo meeting's engine without any storage (DEMO-1): the state, its log, and the simulated people. The
 * server's demo room and the tests both drive it; each command (the visitor's or a simulated person's) is
 * decided by the same engine as in a real meeting.
 */
export class DemoRun {
  state: MeetingState;
  readonly log: StoredEvent[] = [];
  readonly simulation: DemoSimulation;
  /** Told of each event with the state before and after it (the server projects it to the visitor's sockets). */
  onEvent: ((before: MeetingState, after: MeetingState, event: StoredEvent) => void) | null = null;

  constructor(
    readonly plan: DemoPlan,
    random: () => number,
  ) {
    this.state = initialState(demoSetup(plan));
    this.simulation = new DemoSimulation(plan, random);
  }

  /** Decides one command; the stored events, or the engine's rejection. */
  command(actor: Actor, input: unknown, now: number): { events: StoredEvent[] } | { rejection: Refusal } {
    const parsed = commandSchema.safeParse(input);
    if (!parsed.success) return { rejection: { code: 'invalid_command' } };
    const decided = decide(this.state, parsed.data, actor, now);
    if (!decided.ok) return { rejection: decided.rejection };
    return { events: this.apply(decided.events, now) };
  }

  /**
   * What the clock and the simulated people do by `now`: the phase's clock first (auto-advance), then each
   * simulated move in turn. Returns the events, in order.
   */
  advance(now: number): StoredEvent[] {
    const events = this.apply(tick(this.state, now), now);
    for (let i = 0; i < MAX_MOVES_PER_MOMENT; i++) {
      const move = this.simulation.next(this.state, now);
      if (!move) break;
      const result = this.command(move.actor, move.command, now);
      if ('rejection' in result) break;
      events.push(...result.events);
    }
    return events;
  }

  private apply(events: readonly MeetingEvent[], now: number): StoredEvent[] {
    return events.map((event) => {
      const stored = { ...event, seq: this.log.length + 1, at: now } as StoredEvent;
      const before = this.state;
      this.log.push(stored);
      this.state = evolve(before, stored);
      this.onEvent?.(before, this.state, stored);
      return stored;
    });
  }
}
