import { createHash, timingSafeEqual } from 'node:crypto';
import { endedViewFor } from '../../../core/meeting/ended-view';
import type { MeetingState, StoredEvent } from '../../../core/meeting/types';
import { projectEvent, viewFor } from '../../../core/meeting/visibility';
import { type DemoPlan, SIMULATED, VISITOR_ID } from '../../../core/practice/demo';
import { DemoRun } from '../../../core/practice/demo-run';
import { CLOSE_CODES, PROTOCOL_VERSION, type ServerMessage } from '../../../core/protocol';
import type { Connection } from '../../realtime/connection';

/** Answers kept for retries of the visitor's commands (LIVE-4); a demo has few. */
const MAX_ANSWERS = 500;

const hash = (token: string) => createHash('sha256').update(token).digest();

/**
 * One demo meeting, held only in memory (DEMO-1): the engine run with its simulated people, and the visitor's
 * sockets. It speaks the live protocol like a meeting's room, so the real room page runs on it; nothing of it
 * is ever stored.
 */
export class DemoRoom {
  readonly run: DemoRun;
  readonly sockets = new Set<Connection>();
  private readonly answers = new Map<string, ServerMessage>();
  private readonly tokenHash: Buffer;
  /** When someone was last connected (for dropping abandoned demos). */
  lastSeen: number;

  constructor(
    readonly plan: DemoPlan,
    token: string,
    random: () => number,
    readonly createdAt: number,
    /** Where the visitor came from, for the cap per address. */
    readonly address: string,
  ) {
    this.run = new DemoRun(plan, random);
    this.tokenHash = hash(token);
    this.lastSeen = createdAt;
    this.run.onEvent = (before, after, event) => this.project(before, after, event);
  }

  get id(): string {
    return this.plan.demoId;
  }

  /** Whether the token is this demo's own (DEMO-4): compared in constant time. */
  admits(token: string): boolean {
    return timingSafeEqual(hash(token), this.tokenHash);
  }

  /** The visitor's socket after its hello: the whole view, and who is there (the simulated people are always). */
  join(conn: Connection, now: number): void {
    this.sockets.add(conn);
    this.lastSeen = now;
    conn.send({ type: 'welcome', protocolVersion: PROTOCOL_VERSION, actorId: VISITOR_ID, status: 'joined' });
    conn.send(this.snapshot(now));
    conn.send({ type: 'presence', online: [VISITOR_ID, ...SIMULATED.map((a) => a.userId)].sort() });
  }

  leave(conn: Connection, now: number): void {
    this.sockets.delete(conn);
    this.lastSeen = now;
  }

  /** The visitor's command, decided by the engine; a retry of the same id gets the first answer again. */
  command(conn: Connection, commandId: string, raw: unknown, now: number): void {
    const known = this.answers.get(commandId);
    if (known) {
      conn.send(known);
      return;
    }
    const wasEnded = this.run.state.endedAt !== null;
    const result = this.run.command({ userId: VISITOR_ID, name: this.plan.visitorName }, raw, now);
    const answer: ServerMessage =
      'rejection' in result
        ? { type: 'rejected', commandId, rejection: result.rejection }
        : { type: 'ack', commandId, seq: this.run.log.length };
    this.answers.set(commandId, answer);
    if (this.answers.size > MAX_ANSWERS) this.answers.delete(this.answers.keys().next().value!);
    conn.send(answer);
    if (!wasEnded) this.afterEnd(now);
  }

  /** The clock and the simulated people act; the visitor sees what they may of it. */
  tick(now: number): void {
    if (this.run.state.endedAt !== null) return;
    this.run.advance(now);
    this.afterEnd(now);
  }

  /** Purged: the visitor's sockets close as for a meeting that is not there (4004). */
  close(): void {
    for (const conn of this.sockets) conn.close(CLOSE_CODES.notFound);
    this.sockets.clear();
  }

  private project(before: MeetingState, after: MeetingState, event: StoredEvent): void {
    // From the end on the visitor gets the ended view instead (below), as in a meeting's room (REPORT-10).
    if (after.endedAt !== null) return;
    const seen = projectEvent(before, after, event, VISITOR_ID);
    if (seen === null) return;
    const message: ServerMessage =
      seen === 'resync' ? this.snapshot(event.at) : { type: 'events', events: [seen as never] };
    for (const conn of this.sockets) conn.send(message);
  }

  /** Once ended, the whole meeting stays readable for the visitor: a demo has nothing to keep from them. */
  private afterEnd(now: number): void {
    if (this.run.state.endedAt === null) return;
    const message = this.snapshot(now);
    for (const conn of this.sockets) conn.send(message);
  }

  private snapshot(now: number): ServerMessage {
    const { state, log } = this.run;
    const view =
      state.endedAt === null
        ? viewFor(state, VISITOR_ID, now)
        : endedViewFor(state, log, VISITOR_ID, 'everything', true);
    return { type: 'snapshot', view: view as never, seq: log.length, serverNow: now };
  }
}
