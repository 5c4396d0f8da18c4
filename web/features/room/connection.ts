import type { ServerMessage } from '../../../core/protocol';
import { CLOSE_CODES, clockOffset, FINAL_CLOSE_CODES, PROTOCOL_VERSION } from '../../../core/protocol-codes';
import { browserStorage, Outbox, type OutboxEntry, outboxKey } from './outbox';

/** An event as the server sends it to this recipient: the engine's projected event plus its seq. */
export type WireEvent = { seq: number; type: string; [key: string]: unknown };

export type ConnectionStatus = 'connecting' | 'open' | 'waiting' | 'reconnecting' | 'closed';
/** Why the room closed for good: the user must act (sign in, accept rules, reload), retrying cannot help. */
export type LostAccess = 'unauthenticated' | 'forbidden' | 'refused' | 'notFound' | 'versionMismatch';

export type WaitingGuest = { userId: string; name: string };
export type Rejected = { commandId: string; command: unknown; rejection: unknown };

export type RoomSnapshot<V> = {
  status: ConnectionStatus;
  view: V | null;
  seq: number | null;
  actorId: string | null;
  /** Add to Date.now() to get the server's clock. */
  offsetMs: number;
  online: readonly string[];
  waitingGuests: readonly WaitingGuest[];
  /** Sent or queued, not acknowledged yet: shown as "sending…", resent after a reconnect. */
  pending: readonly OutboxEntry[];
  rejections: readonly Rejected[];
  lostAccess: LostAccess | null;
  /** How many reconnect attempts failed in a row; the banner stays calm for the first ones. */
  attempts: number;
};

/** The subset of the browser WebSocket the connection uses, so tests can pass a fake. */
export type SocketLike = {
  readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: { code: number }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
};

export type ConnectionOptions<V> = {
  meetingId: string;
  /** ws(s)://host/api/meetings/:id/live; defaults to the current origin. */
  url?: string;
  /** Folds one projected event into the local view (core's evolveView). */
  applyEvent: (view: V, event: WireEvent) => V;
  storage?: Storage | null;
  createSocket?: (url: string) => SocketLike;
  newId?: () => string;
  now?: () => number;
  /** Reconnect delays in ms; the last one repeats. Jitter of up to 30 % is added. */
  backoff?: readonly number[];
  /** A ping goes out this often; no message for twice as long means the socket is dead (sleeping phone). */
  heartbeatMs?: number;
};

const LOST: Record<number, LostAccess> = {
  [CLOSE_CODES.unauthenticated]: 'unauthenticated',
  [CLOSE_CODES.forbidden]: 'forbidden',
  [CLOSE_CODES.notFound]: 'notFound',
  [CLOSE_CODES.versionMismatch]: 'versionMismatch',
  [CLOSE_CODES.deleted]: 'notFound',
};
const OPEN = 1;

/** The URL of a meeting's live endpoint on the page's own origin. */
export function liveUrl(meetingId: string): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/api/meetings/${encodeURIComponent(meetingId)}/live`;
}

/**
 * The client side of one live meeting: keeps a socket open (reconnecting with backoff), keeps the local view
 * in step with the server, and sends commands through a persisted outbox so nothing typed is ever lost.
 */
export class MeetingConnection<V> {
  private state: RoomSnapshot<V>;
  private readonly outbox: Outbox;
  private readonly listeners = new Set<() => void>();
  private socket: SocketLike | null = null;
  /** True once the server sent the snapshot or catch-up after our hello on this socket. */
  private synced = false;
  private helloSentAt = 0;
  private pingSentAt = 0;
  private lastHeard = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private stopped = false;
  private readonly opts: Required<Omit<ConnectionOptions<V>, 'storage'>> & { storage: Storage | null };

  constructor(options: ConnectionOptions<V>) {
    this.opts = {
      url: options.url ?? liveUrl(options.meetingId),
      storage: options.storage === undefined ? browserStorage() : options.storage,
      createSocket: options.createSocket ?? ((url) => new WebSocket(url) as unknown as SocketLike),
      newId: options.newId ?? (() => crypto.randomUUID()),
      now: options.now ?? Date.now,
      backoff: options.backoff ?? [500, 1000, 2000, 4000, 8000, 15000],
      heartbeatMs: options.heartbeatMs ?? 15_000,
      meetingId: options.meetingId,
      applyEvent: options.applyEvent,
    };
    this.outbox = new Outbox(outboxKey(options.meetingId), this.opts.storage);
    this.state = {
      status: 'connecting',
      view: null,
      seq: null,
      actorId: null,
      offsetMs: 0,
      online: [],
      waitingGuests: [],
      pending: this.outbox.all(),
      rejections: [],
      lostAccess: null,
      attempts: 0,
    };
  }

  getSnapshot = (): RoomSnapshot<V> => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Opens the socket; call once. */
  start(): void {
    this.stopped = false;
    this.connect();
    this.heartbeat = setInterval(() => this.beat(), this.opts.heartbeatMs);
  }

  /** Closes for good (page left). The outbox stays in storage for the next visit. */
  stop(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.dropSocket();
  }

  /** The browser says the network is back or the page is visible again: try at once instead of waiting. */
  nudge(): void {
    if (this.stopped || this.state.lostAccess) return;
    if (this.socket && this.synced) {
      this.beat();
      return;
    }
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
      this.connect();
    }
  }

  /** The browser says the network is gone: do not wait for a dead socket to time out, show it now. */
  offline(): void {
    if (this.stopped || this.state.lostAccess || !this.socket) return;
    this.dropSocket();
    this.closed(1006);
  }

  /** Queues a command (persisted at once) and sends it when the room is in sync; returns its commandId. */
  send(command: unknown): string {
    const entry: OutboxEntry = { commandId: this.opts.newId(), command, createdAt: this.opts.now() };
    this.outbox.add(entry);
    this.update({ pending: this.outbox.all() });
    if (this.synced) this.transmit({ type: 'command', commandId: entry.commandId, command });
    return entry.commandId;
  }

  dismissRejection(commandId: string): void {
    this.update({ rejections: this.state.rejections.filter((r) => r.commandId !== commandId) });
  }

  /** The server's clock now, corrected for this device's offset. */
  serverNow(): number {
    return this.opts.now() + this.state.offsetMs;
  }

  private connect(): void {
    this.retryTimer = null;
    this.dropSocket();
    const socket = this.opts.createSocket(this.opts.url);
    this.socket = socket;
    this.synced = false;
    socket.onopen = () => {
      this.helloSentAt = this.opts.now();
      this.lastHeard = this.helloSentAt;
      const hello: Record<string, unknown> = {
        type: 'hello',
        protocolVersion: PROTOCOL_VERSION,
        meetingId: this.opts.meetingId,
      };
      if (this.state.seq !== null) hello.lastSeq = this.state.seq;
      this.transmit(hello);
    };
    socket.onmessage = (ev) => this.receive(ev.data);
    socket.onclose = (ev) => {
      if (this.socket === socket) this.closed(ev.code);
    };
    socket.onerror = () => {};
  }

  private dropSocket(): void {
    const old = this.socket;
    this.socket = null;
    this.synced = false;
    if (!old) return;
    old.onopen = old.onmessage = old.onclose = old.onerror = null;
    try {
      old.close(1000);
    } catch {
      // already closed
    }
  }

  private closed(code: number): void {
    this.socket = null;
    this.synced = false;
    if (this.stopped) return;
    const final = FINAL_CLOSE_CODES.includes(code) ? (LOST[code] ?? 'forbidden') : null;
    // A guest turned away from the waiting room was refused by the chair, not locked out by the group's rules.
    const lost = final === 'forbidden' && this.state.status === 'waiting' ? 'refused' : final;
    if (lost) {
      this.update({ status: 'closed', lostAccess: lost });
      return;
    }
    const attempts = this.state.attempts + 1;
    this.update({ status: 'reconnecting', attempts });
    const { backoff } = this.opts;
    const base = backoff[Math.min(attempts - 1, backoff.length - 1)] ?? 1000;
    // A server going away restarts on purpose; everyone reconnecting in the same millisecond would stampede it.
    const delay = base + Math.random() * base * 0.3;
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  private beat(): void {
    if (!this.socket || this.socket.readyState !== OPEN) return;
    if (this.opts.now() - this.lastHeard > this.opts.heartbeatMs * 2) {
      // The socket looks open but nothing arrives (a phone woke up): treat it as lost.
      this.dropSocket();
      this.closed(1006);
      return;
    }
    this.pingSentAt = this.opts.now();
    this.transmit({ type: 'ping' });
  }

  private transmit(message: Record<string, unknown>): void {
    if (this.socket?.readyState === OPEN) this.socket.send(JSON.stringify(message));
  }

  private receive(data: unknown): void {
    this.lastHeard = this.opts.now();
    let message: ServerMessage;
    try {
      message = JSON.parse(String(data));
    } catch {
      return;
    }
    // The server's messages follow core/protocol.ts; only their type is checked here, so the schemas
    // (and zod) that the server validates its input with stay out of the room's code.
    if (typeof message?.type !== 'string' || !Object.hasOwn(handlers, message.type)) return;
    (handlers[message.type] as (c: MeetingConnection<V>, m: ServerMessage) => void)(this, message);
  }

  /** Called by the message handlers below. */
  onWelcome(m: Extract<ServerMessage, { type: 'welcome' }>): void {
    this.update({ actorId: m.actorId, status: m.status === 'waiting' ? 'waiting' : this.state.status });
  }

  onSnapshot(m: Extract<ServerMessage, { type: 'snapshot' }>): void {
    // A snapshot can also arrive mid-session (the server resyncs a view, e.g. a case-giver back in the
    // room): the outbox was already sent then, and the hello is long past, so only the heartbeat keeps
    // the clock offset.
    if (this.synced) {
      this.update({ view: m.view as V, seq: m.seq });
      return;
    }
    const offsetMs = clockOffset(m.serverNow, this.helloSentAt, this.opts.now());
    this.update({ view: m.view as V, seq: m.seq, offsetMs });
    this.markSynced();
  }

  onEvents(m: Extract<ServerMessage, { type: 'events' }>): void {
    let { view, seq } = this.state;
    if (view === null || seq === null) return;
    // Seqs may jump: events this recipient may not see are simply not sent (the server projects per person).
    for (const event of m.events as WireEvent[]) {
      if (event.seq <= seq) continue;
      view = this.opts.applyEvent(view, event);
      seq = event.seq;
    }
    this.update({ view, seq });
    // A catch-up after hello arrives as events instead of a snapshot.
    if (!this.synced) this.markSynced();
  }

  onAck(m: Extract<ServerMessage, { type: 'ack' }>): void {
    if (this.outbox.remove(m.commandId)) this.update({ pending: this.outbox.all() });
  }

  onRejected(m: Extract<ServerMessage, { type: 'rejected' }>): void {
    const entry = this.outbox.remove(m.commandId);
    if (!entry) return;
    const rejected = { commandId: m.commandId, command: entry.command, rejection: m.rejection };
    this.update({ pending: this.outbox.all(), rejections: [...this.state.rejections, rejected] });
  }

  onPresence(m: Extract<ServerMessage, { type: 'presence' }>): void {
    this.update({ online: m.online });
  }

  onGuests(m: Extract<ServerMessage, { type: 'guests' }>): void {
    this.update({ waitingGuests: m.waiting });
  }

  onPong(m: Extract<ServerMessage, { type: 'pong' }>): void {
    if (this.pingSentAt)
      this.update({ offsetMs: clockOffset(m.serverNow, this.pingSentAt, this.opts.now()) });
  }

  /** In sync with the server: now (re)send everything still in the outbox, oldest first. */
  private markSynced(): void {
    this.synced = true;
    this.update({ status: 'open', attempts: 0 });
    for (const e of this.outbox.all())
      this.transmit({ type: 'command', commandId: e.commandId, command: e.command });
  }

  private update(patch: Partial<RoomSnapshot<V>>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

type Handlers = {
  [K in ServerMessage['type']]: <V>(c: MeetingConnection<V>, m: Extract<ServerMessage, { type: K }>) => void;
};
const handlers: Handlers = {
  welcome: (c, m) => c.onWelcome(m),
  snapshot: (c, m) => c.onSnapshot(m),
  events: (c, m) => c.onEvents(m),
  ack: (c, m) => c.onAck(m),
  rejected: (c, m) => c.onRejected(m),
  presence: (c, m) => c.onPresence(m),
  guests: (c, m) => c.onGuests(m),
  pong: (c, m) => c.onPong(m),
  // Protocol errors (rate limit, invalid message) keep the connection; the affected command stays queued.
  error: () => {},
};
