import type { Logger } from 'pino';
import { CLOSE_CODES, type CloseCode, PROTOCOL_VERSION, type ServerMessage } from '../../core/protocol';
import type { Db } from '../db/client';
import type { MeetingRow } from '../features/groups/access';
import type { AfterCommit } from './after-commit';
import type { Connection } from './connection';
import { ConnectionLog } from './connection-log';
import { endedReading } from './ended';
import type { Actor, EndedReading, MeetingEngine, MeetingSetup, Stored } from './engine';
import { setGuestStatus } from './guests.repo';
import { Lobby } from './lobby';
import { prepareCommand } from './method-choice';
import type { Here } from './peers';
import { RemotePresence } from './remote-presence';
import {
  appendEvents,
  DuplicateCommand,
  type EventRow,
  findCommand,
  findMeeting,
  loadEvents,
  SeqConflict,
} from './repo';
import { currentSetup, frozenSetup } from './setup';

/** Beyond this many missed events a reconnecting client gets a snapshot instead. */
const MAX_REPLAY = 500;
/**
 * How often a command is decided again after losing the race for a seq to another process; between
 * attempts a short random pause lets a busy other writer drain, so two processes cannot starve one.
 */
const MAX_ATTEMPTS = 20;
const backOff = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * Math.min(attempt, 10)));

/** Answers the room keeps for commands the log does not hold; the oldest go first. */
const MAX_ANSWERS = 2000;

/** What a command came to: acknowledged at seq, or refused. */
type Answer = { seq: number } | { rejection: unknown };
/** The database could not be reached, or other writers kept winning the race: not decided, try again later. */
const UNAVAILABLE = { rejection: { code: 'unavailable' } } satisfies Answer;

export type RoomOptions = {
  db: Db;
  notify: boolean;
  logger: Logger;
  afterCommit?: AfterCommit | undefined;
  /** Tells other server processes who is connected here, whenever that changed (peers.ts). */
  announce?: ((here: Here) => void) | undefined;
  /** Tells other server processes that the chair turned a waiting guest away. */
  refused?: ((userId: string) => void) | undefined;
};

/**
 * The one writer of a live meeting in this process. Everything that reads or changes the state runs
 * through `enqueue`, one task at a time, so decide → append → fan-out never interleave.
 */
export class MeetingRoom<S> {
  private state: S;
  private readonly log: Stored[] = [];
  /** Commands in the log by `<sender>/<commandId>`, with the seq they were acknowledged with. */
  private readonly commands = new Map<string, number>();
  /** Answers to recent commands the log does not hold (no events, or refused), by the same key. */
  private readonly answers = new Map<string, Answer>();
  readonly members = new Set<Connection>();
  private readonly lobby = new Lobby();
  private queue: Promise<unknown> = Promise.resolve();
  private lastOnline = '';
  /** Who is connected to other server processes (peers.ts); `announced`: what this one last told them. */
  private readonly remote = new RemotePresence();
  private announced = '';
  /** The meeting is being deleted: every socket is closed and nothing more is decided (LIVE-2). */
  private gone = false;
  /** When each member's socket opened and closed while the meeting ran (REG-1). */
  private readonly connectionLog: ConnectionLog;

  private constructor(
    readonly meeting: MeetingRow,
    private setup: MeetingSetup,
    /** Whether the setup is in the log; until the chair opens the room it follows the meeting (LIVE-7). */
    private frozen: boolean,
    private readonly engine: MeetingEngine<S>,
    private readonly options: RoomOptions,
  ) {
    this.state = engine.initial(setup);
    this.connectionLog = new ConnectionLog(options.db, meeting.id, options.logger);
  }

  /** Opens a room by replaying the meeting's whole log from its frozen setup. */
  static async open<S>(meeting: MeetingRow, engine: MeetingEngine<S>, options: RoomOptions) {
    const { setup, frozen } = await currentSetup(options.db, meeting);
    const room = new MeetingRoom(meeting, setup, frozen, engine, options);
    room.apply(await loadEvents(options.db, meeting.id), false);
    return room;
  }

  get seq(): number {
    return this.log.length;
  }

  get currentState(): S {
    return this.state;
  }

  /**
   * Runs a task after all earlier ones. A failing task is logged and never blocks the next, and the
   * returned promise never rejects: callers on socket events have nobody to hand an error to.
   */
  enqueue<T>(task: () => Promise<T> | T): Promise<T | undefined> {
    const run = this.queue.then(task).catch((error) => {
      this.options.logger.error({ err: error, meetingId: this.meeting.id }, 'meeting room task failed');
      return undefined;
    });
    this.queue = run;
    return run;
  }

  /** Every socket of this room, members and waiting guests. */
  connections(): Connection[] {
    return [...this.members, ...this.lobby.connections];
  }

  /**
   * Lets a socket in after its hello: welcome, then what it missed after lastSeq (or a snapshot).
   * A guest the chair has not admitted yet waits in the lobby and receives nothing else.
   */
  join(conn: Connection, lastSeq: number | undefined): Promise<unknown> {
    return this.enqueue(async () => {
      if (this.gone) return conn.close(CLOSE_CODES.deleted);
      if (!this.frozen) await this.followSetup(conn.userId);
      if (conn.closed) return;
      const guest = conn.identity.kind === 'guest';
      const endedAt = this.engine.endedAt(this.state);
      if (endedAt !== null) {
        // After the end a guest has nothing here (REPORT-11), a member no more than their report (REPORT-10).
        if (guest) return conn.close(CLOSE_CODES.forbidden);
        const level = await endedReading(this.options.db, this.meeting.groupId, this.meeting.id, endedAt);
        if (!conn.closed) this.admit(conn, undefined, level);
        return;
      }
      if (guest && !this.engine.isAdmittedGuest(this.state, conn.userId)) {
        this.lobby.add(conn);
        conn.send({
          type: 'welcome',
          protocolVersion: PROTOCOL_VERSION,
          actorId: conn.userId,
          status: 'waiting',
        });
        this.tellChair();
        return;
      }
      this.admit(conn, lastSeq);
    });
  }

  /**
   * Until the chair opens the room, its setup follows the meeting as planned now (another chair, another
   * method); the chair's connect freezes it into the log (LIVE-7). Events stored before then (joins) are
   * replayed on the new setup, and everyone connected gets the result.
   */
  private async followSetup(userId: string | null): Promise<void> {
    const { db } = this.options;
    const meeting = (await findMeeting(db, this.meeting.id)) ?? this.meeting;
    let { setup, frozen } = await currentSetup(db, meeting);
    // `null`: someone takes the chair in the chair's absence, which opens the room as the chair would.
    if (!frozen && (userId === null || setup.chairUserId === userId)) {
      setup = await frozenSetup(db, meeting);
      frozen = true;
    }
    this.frozen = frozen;
    if (JSON.stringify(setup) === JSON.stringify(this.setup)) return;
    this.setup = setup;
    this.state = this.log.reduce(
      (state, event) => this.engine.evolve(state, event),
      this.engine.initial(setup),
    );
    for (const conn of this.members) this.sendSnapshot(conn);
  }

  /** `level`: the meeting has ended, so the member gets the view their report allows, never events. */
  private admit(conn: Connection, lastSeq: number | undefined, level?: EndedReading): void {
    this.members.add(conn);
    conn.send({ type: 'welcome', protocolVersion: PROTOCOL_VERSION, actorId: conn.userId, status: 'joined' });
    if (level) conn.sendFrame(this.endedFrame(conn.userId, level));
    else {
      this.connectionLog.opened(conn);
      const missed = lastSeq === undefined ? 'resync' : this.missedSince(lastSeq, conn.userId);
      if (missed === 'resync') this.sendSnapshot(conn);
      else conn.send({ type: 'events', events: missed });
    }
    if (!this.broadcastPresence()) conn.send({ type: 'presence', online: this.online() });
    if (this.engine.canAdmitGuests(this.state, conn.userId)) this.tellChair(true);
  }

  /** Closes every socket with `code` and refuses whatever is still queued; the room is done. */
  shut(code: CloseCode): void {
    this.gone = true;
    for (const conn of this.connections()) conn.close(code);
  }

  leave(conn: Connection): Promise<unknown> {
    const at = new Date();
    return this.enqueue(() => {
      this.connectionLog.closed(conn, at);
      this.lobby.remove(conn);
      this.members.delete(conn);
      this.broadcastPresence();
      this.tellChair();
    });
  }

  /** What another server process holds of this meeting now (peers.ts), until `until`. */
  heard(from: string, here: Here, until: number): void {
    this.remote.set(from, here, until);
    this.broadcastPresence();
    this.tellChair();
  }

  /** Forgets what other processes said once it expired (a process killed or cut off). */
  expire(now: number): void {
    if (!this.remote.expire(now)) return;
    this.broadcastPresence();
    this.tellChair();
  }

  /** The chair on another process turned this guest away: their sockets here close with 4003. */
  refuseHere(userId: string): void {
    this.lobby.settle(userId, false);
    this.remote.forgetWaiting(userId);
    this.tellChair();
  }

  /** Who is connected to this process: members online and guests waiting. */
  here(): Here {
    return { online: this.localOnline(), waiting: this.lobby.list() };
  }

  /** The lobby as the chair sees it: guests waiting here and on other processes. */
  private tellChair(force = false): void {
    this.lobby.tellChair(this.chairs(), force, this.remote.waiting());
    this.announce();
  }

  /** Tells other processes who is connected here, when that changed. */
  private announce(): void {
    if (!this.options.announce) return;
    const here = this.here();
    const key = JSON.stringify(here);
    if (key === this.announced) return;
    this.announced = key;
    this.options.announce(here);
  }

  private chairs(): Connection[] {
    return [...this.members].filter((c) => this.engine.canAdmitGuests(this.state, c.userId));
  }

  /**
   * Decides a command, stores its events, fans them out, and only then acknowledges it. A command is
   * known by its sender and its id (LIVE-4): a retry gets the first answer again, never a new decision.
   */
  command(conn: Connection, commandId: string, raw: unknown, actor: Actor): Promise<unknown> {
    return this.enqueue(async () => {
      const key = `${actor.userId}/${commandId}`;
      try {
        const answer = await this.answer(conn, key, raw, actor);
        if (!answer) return;
        // What the log does not hold (no events, or refused) is remembered here for retries.
        if (!this.commands.has(key) && answer !== UNAVAILABLE) this.remember(key, answer);
        if ('seq' in answer) conn.send({ type: 'ack', commandId, seq: answer.seq });
        else conn.send({ type: 'rejected', commandId, rejection: answer.rejection });
      } catch (error) {
        // The database failed (PostgreSQL down, say). Nothing is remembered: a retry of the same
        // commandId is decided again, or acknowledged if the append did commit after all.
        this.options.logger.error({ err: error, meetingId: this.meeting.id }, 'command failed');
        conn.send({ type: 'rejected', commandId, rejection: UNAVAILABLE.rejection });
      }
    });
  }

  private remember(key: string, answer: Answer): void {
    this.answers.set(key, answer);
    if (this.answers.size > MAX_ANSWERS) this.answers.delete(this.answers.keys().next().value!);
  }

  /** The answer to a command under `key` (sender/commandId); null when the socket got an error or closed. */
  private async answer(conn: Connection, key: string, raw: unknown, actor: Actor): Promise<Answer | null> {
    if (this.gone || !this.members.has(conn)) {
      if (this.gone) conn.close(CLOSE_CODES.deleted);
      else conn.error('not_joined');
      return null;
    }
    const known = this.commands.get(key);
    if (known !== undefined) return { seq: known };
    const answered = this.answers.get(key);
    if (answered) {
      // Another process may have stored it since (a retry there, after the state changed).
      await this.caughtUp();
      const stored = this.commands.get(key);
      return stored === undefined ? answered : { seq: stored };
    }
    const prepared = await prepareCommand(this.options.db, this.meeting.groupId, raw);
    if (prepared && 'rejection' in prepared) return { rejection: prepared.rejection };
    const command = prepared && this.engine.parseCommand(prepared.command);
    if (command === null) return { rejection: { code: 'invalid_command' } };
    const absent = this.engine.presenceRefusal(this.state, command, actor, this.online());
    if (absent) return { rejection: absent };
    if (!this.frozen && this.engine.freezesSetup(command)) await this.followSetup(null);
    const refused = this.engine.waitingGuestRefused(this.state, command, actor);
    if (refused) {
      this.lobby.settle(refused, false);
      await setGuestStatus(this.options.db, refused, false);
      // They may wait on another process: no event carries this there.
      this.options.refused?.(refused);
      this.remote.forgetWaiting(refused);
      this.tellChair();
      return { seq: this.seq };
    }
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      // What was loaded since may hold this very command, stored through another process (a retry
      // there): it gets that answer, never a second decision.
      const stored = this.commands.get(key);
      if (stored !== undefined) return { seq: stored };
      const decision = this.engine.decide(this.state, command, actor, Date.now());
      if ('rejection' in decision) {
        // Another process may have stored what makes this command valid (its NOTIFY still on the way):
        // refuse only on the latest log.
        if (await this.caughtUp()) continue;
        return { rejection: decision.rejection };
      }
      // Nothing to store on this state; another process may have changed it meanwhile (its NOTIFY still
      // on the way): acknowledge a command that changes nothing only on the latest log.
      if (decision.events.length === 0 && (await this.caughtUp())) continue;
      // Deleted while this command waited: it is neither stored nor acknowledged (LIVE-2).
      if (this.gone) {
        conn.close(CLOSE_CODES.deleted);
        return null;
      }
      const outcome = await this.store(decision.events, key);
      if (outcome === 'conflict') {
        await backOff(attempt + 1);
        continue;
      }
      return { seq: outcome === 'duplicate' ? await this.seqOfCommand(key) : outcome };
    }
    return UNAVAILABLE;
  }

  /**
   * Applies events another process appended (heard through NOTIFY) up to `seq`; without a seq, whatever
   * the log holds (NOTIFYs may have been missed).
   */
  catchUp(seq = Number.POSITIVE_INFINITY): Promise<unknown> {
    return this.enqueue(async () => {
      if (seq > this.seq) await this.reload();
    });
  }

  /** Lets the clock act (auto-advance) when the engine says something is due. */
  tick(now: number): Promise<unknown> | undefined {
    // Most rooms have nothing due: asking first keeps the once-a-second sweep off every room's queue.
    if (this.engine.tick(this.state, now).length === 0) return undefined;
    return this.enqueue(async () => {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const events = this.engine.tick(this.state, now);
        if (events.length === 0 || (await this.store(events, null)) !== 'conflict') return;
      }
    });
  }

  /** Appends and applies; 'conflict' after reloading what another writer stored first. */
  private async store(
    events: { type: string; payload: unknown; actorId: string | null; at: Date }[],
    commandId: string | null,
  ): Promise<number | 'conflict' | 'duplicate'> {
    if (events.length === 0) return this.seq;
    const rows: EventRow[] = events.map((e, i) => ({
      ...e,
      seq: this.seq + i + 1,
      commandId: i === events.length - 1 ? commandId : null,
    }));
    try {
      await appendEvents(this.options.db, this.meeting.id, rows, this.options.notify);
    } catch (error) {
      if (!(error instanceof SeqConflict || error instanceof DuplicateCommand)) throw error;
      await this.reload();
      return error instanceof SeqConflict ? 'conflict' : 'duplicate';
    }
    await this.fanOut(rows);
    await this.afterCommit(rows.length);
    return this.seq;
  }

  /**
   * Work outside the log (status, actions, attendance) for events this process just stored; events
   * heard from another process are that process's to follow up. A failure is logged, never unacknowledged:
   * the events stand.
   */
  private async afterCommit(count: number): Promise<void> {
    const { afterCommit, logger } = this.options;
    if (!afterCommit) return;
    const { meeting, setup, log, state } = this;
    try {
      await afterCommit({ meeting, setup, events: log.slice(-count), log, state });
    } catch (error) {
      logger.error({ err: error, meetingId: meeting.id }, 'after-commit work failed');
    }
  }

  private async seqOfCommand(commandId: string): Promise<number> {
    return (
      this.commands.get(commandId) ?? (await findCommand(this.options.db, this.meeting.id, commandId)) ?? 0
    );
  }

  /** With other writers (notify on), loads what they stored since; whether there was anything. */
  private async caughtUp(): Promise<boolean> {
    if (!this.options.notify) return false;
    const before = this.seq;
    await this.reload();
    return this.seq > before;
  }

  private async reload(): Promise<void> {
    await this.fanOut(await loadEvents(this.options.db, this.meeting.id, this.seq));
  }

  /**
   * Applies new rows and sends each member what they may see of them. Events from the end on are not
   * projected: the end changes what everyone may see to what their report allows (REPORT-10), so
   * members get that view as a snapshot and guests are let go.
   */
  private async fanOut(rows: EventRow[]): Promise<void> {
    const wasEnded = this.engine.endedAt(this.state) !== null;
    this.apply(rows, true);
    const endedAt = this.engine.endedAt(this.state);
    if (wasEnded || endedAt === null) return;
    for (const conn of this.lobby.connections) conn.close(CLOSE_CODES.forbidden);
    for (const conn of this.members) if (conn.identity.kind === 'guest') conn.close(CLOSE_CODES.forbidden);
    const level = await endedReading(this.options.db, this.meeting.groupId, this.meeting.id, endedAt);
    for (const conn of this.members) if (!conn.closed) conn.sendFrame(this.endedFrame(conn.userId, level));
  }

  /** Folds rows into the state; with fanOut, each member receives what they may see of them. */
  private apply(rows: EventRow[], fanOut: boolean): void {
    const outbox = new Map<Connection, Stored[] | 'resync'>();
    for (const row of rows) {
      if (row.seq !== this.seq + 1) throw new Error(`gap in meeting log: ${this.seq} → ${row.seq}`);
      const event = this.engine.fromRow(row);
      const before = this.state;
      this.state = this.engine.evolve(before, event);
      this.log.push(event);
      if (row.commandId) this.commands.set(row.commandId, row.seq);
      if (fanOut) this.project(outbox, before, event);
    }
    // Once ended, members get their report's view instead (fanOut), also of events in the ending batch:
    // the end itself reveals private writing.
    if (this.engine.endedAt(this.state) !== null) outbox.clear();
    // Most recipients get the very same event objects, or the same view: serialise each once.
    const framed: [Stored[], Buffer][] = [];
    const snapshots = new Map<string, Buffer>();
    for (const [conn, events] of outbox) {
      if (events === 'resync') {
        // Recipients who may see the same (VIS-9) share one snapshot.
        const key = this.engine.viewKey(this.state, conn.userId);
        const frame = snapshots.get(key) ?? this.snapshotFrame(conn.userId);
        snapshots.set(key, frame);
        conn.sendFrame(frame);
      } else if (events.length > 0) {
        let frame = framed.find(
          ([list]) => list.length === events.length && list.every((e, i) => e === events[i]),
        );
        if (!frame) {
          frame = [events, Buffer.from(JSON.stringify({ type: 'events', events }))];
          framed.push(frame);
        }
        conn.sendFrame(frame[1]);
      }
    }
    if (fanOut) this.settleGuests(rows);
  }

  /** After the chair's word on a guest: let their waiting sockets in, or close them. */
  private settleGuests(rows: EventRow[]): void {
    const hadWaiting = this.lobby.size > 0;
    for (const event of this.log.slice(-rows.length)) {
      const decision = this.engine.guestDecision(event);
      if (!decision) continue;
      const { userId, admitted } = decision;
      for (const conn of this.lobby.settle(userId, admitted)) this.admit(conn, undefined);
      if (!admitted) {
        for (const conn of this.members) if (conn.userId === userId) conn.close(CLOSE_CODES.forbidden);
      }
      setGuestStatus(this.options.db, userId, admitted).catch((error) =>
        this.options.logger.error({ err: error }, 'could not record the guest decision'),
      );
    }
    // The chair hears of the lobby when someone waits, or waited before this (a handed-over chair too).
    if (hadWaiting || this.lobby.size > 0 || this.remote.waiting().length > 0) this.tellChair();
  }

  private project(outbox: Map<Connection, Stored[] | 'resync'>, before: S, event: Stored): void {
    for (const conn of this.members) {
      const sofar = outbox.get(conn);
      if (sofar === 'resync') continue;
      const seen = this.engine.project(before, this.state, event, conn.userId);
      // Grown in place: a fan-out to every member of every event should not copy their lists.
      if (seen === 'resync') outbox.set(conn, 'resync');
      else if (!sofar) outbox.set(conn, seen ? [seen] : []);
      else if (seen) sofar.push(seen);
    }
  }

  /** What `userId` missed after lastSeq, as projected events, or 'resync' when a snapshot is better. */
  private missedSince(lastSeq: number, userId: string): Stored[] | 'resync' {
    if (lastSeq > this.seq || this.seq - lastSeq > MAX_REPLAY) return 'resync';
    let state = this.engine.initial(this.setup);
    const missed: Stored[] = [];
    for (const event of this.log) {
      const next = this.engine.evolve(state, event);
      if (event.seq > lastSeq) {
        const seen = this.engine.project(state, next, event, userId);
        if (seen === 'resync') return 'resync';
        if (seen) missed.push(seen);
      }
      state = next;
    }
    return missed;
  }

  private sendSnapshot(conn: Connection): void {
    conn.sendFrame(this.snapshotFrame(conn.userId));
  }

  private endedFrame(userId: string, level: EndedReading): Buffer {
    const view = this.engine.endedView(this.state, this.log, userId, level);
    const message: ServerMessage = { type: 'snapshot', view, seq: this.seq, serverNow: Date.now() };
    return Buffer.from(JSON.stringify(message));
  }

  private snapshotFrame(userId: string): Buffer {
    const now = Date.now();
    const view = this.engine.viewFor(this.state, userId, now);
    const message: ServerMessage = { type: 'snapshot', view, seq: this.seq, serverNow: now };
    return Buffer.from(JSON.stringify(message));
  }

  /**
   * Who is connected now, to this process or (as they last said) to another: presence lives only in
   * memory, from live sockets.
   */
  online(): string[] {
    return [...new Set([...this.localOnline(), ...this.remote.online()])].sort();
  }

  private localOnline(): string[] {
    return [...new Set([...this.members].map((c) => c.userId))].sort();
  }

  /** Tells everyone who is online when that changed; false when it did not. */
  private broadcastPresence(): boolean {
    this.announce();
    const online = this.online();
    const key = online.join(',');
    if (key === this.lastOnline) return false;
    this.lastOnline = key;
    for (const conn of this.members) conn.send({ type: 'presence', online });
    return true;
  }
}
