import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { evolve } from '../../core/meeting/evolve';
import type { MeetingEvent, MeetingView } from '../../core/meeting/types';
import { PROTOCOL_VERSION, type ServerMessage } from '../../core/protocol';

type Match<T extends ServerMessage['type']> = Extract<ServerMessage, { type: T }>;

/** A real WebSocket client of the live protocol for tests: records everything it receives. */
export class LiveClient {
  readonly messages: ServerMessage[] = [];
  readonly closed: Promise<number>;
  private waiters: (() => void)[] = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.messages.push(JSON.parse(String(data)) as ServerMessage);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.closed = new Promise((resolve) => socket.once('close', (code) => resolve(code)));
    this.closed.then(() => {
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  /** Opens a socket to the meeting (resolves once open, or once closed when the server refuses it). */
  static connect(baseUrl: string, meetingId: string, cookie?: string): Promise<LiveClient> {
    return LiveClient.open(`${baseUrl.replace(/^http/, 'ws')}/api/meetings/${meetingId}/live`, cookie);
  }

  /** Opens a socket at any live address (a demo's too). */
  static async open(url: string, cookie?: string): Promise<LiveClient> {
    const socket = new WebSocket(url, { headers: cookie ? { cookie } : {} });
    const client = new LiveClient(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('close', () => resolve());
      socket.once('error', reject);
    });
    return client;
  }

  /** Connects and says hello; resolves after the welcome. */
  static async join(baseUrl: string, meetingId: string, cookie?: string, lastSeq?: number) {
    const client = await LiveClient.connect(baseUrl, meetingId, cookie);
    client.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION, meetingId, lastSeq });
    await client.next('welcome');
    return client;
  }

  send(message: unknown): void {
    this.socket.send(JSON.stringify(message));
  }

  /** Sends an engine command and returns its commandId. */
  command(command: unknown, commandId = randomBytes(9).toString('base64url')): string {
    this.send({ type: 'command', commandId, command });
    return commandId;
  }

  /** Sends a command and waits for its ack (or rejection). */
  run(command: unknown): Promise<Match<'ack'> | Match<'rejected'>> {
    return this.runWithId(command, randomBytes(9).toString('base64url'));
  }

  /** Sends a command under a given commandId (a retry) and waits for its ack (or rejection). */
  runWithId(command: unknown, commandId: string): Promise<Match<'ack'> | Match<'rejected'>> {
    this.command(command, commandId);
    return this.waitFor(
      (m): m is Match<'ack'> | Match<'rejected'> =>
        (m.type === 'ack' || m.type === 'rejected') && m.commandId === commandId,
    );
  }

  /** The first message of this type (optionally matching), waiting for it if needed. */
  next<T extends ServerMessage['type']>(type: T, where: (m: Match<T>) => boolean = () => true) {
    return this.waitFor((m): m is Match<T> => m.type === type && where(m as Match<T>));
  }

  /** Waits until a received message matches; fails after timeoutMs. */
  async waitFor<M extends ServerMessage>(match: (m: ServerMessage) => m is M, timeoutMs = 5000): Promise<M> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(match);
      if (found) return found;
      if (this.socket.readyState === WebSocket.CLOSED) throw new Error('socket closed while waiting');
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out; received: ${JSON.stringify(this.messages).slice(-800)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Every event this client received, in order. */
  events(): ({ seq: number; type: string } & Record<string, unknown>)[] {
    return this.messages.flatMap((m) => (m.type === 'events' ? m.events : []));
  }

  /** The highest seq this client knows of (snapshot, events or ack). */
  lastSeq(): number {
    let seq = 0;
    for (const m of this.messages) {
      if (m.type === 'snapshot' || m.type === 'ack') seq = Math.max(seq, m.seq);
      if (m.type === 'events') for (const e of m.events) seq = Math.max(seq, e.seq);
    }
    return seq;
  }

  /**
   * The view this client holds, as a real client keeps it: the latest snapshot of `history` (this and
   * earlier connections, oldest first) with every later event folded in by the engine's own evolve.
   */
  static foldedView(history: LiveClient[]): { view: MeetingView; seq: number } {
    const messages = history.flatMap((c) => c.messages);
    const start = messages.findLastIndex((m) => m.type === 'snapshot');
    const snapshot = messages[start] as Match<'snapshot'> | undefined;
    if (!snapshot) throw new Error('no snapshot received');
    let view = snapshot.view as MeetingView;
    let seq = snapshot.seq;
    for (const m of messages.slice(start + 1)) {
      if (m.type !== 'events') continue;
      for (const event of m.events) {
        if (event.seq <= seq) continue;
        view = evolve(view, event as unknown as MeetingEvent);
        seq = event.seq;
      }
    }
    return { view, seq: Math.max(seq, ...messages.map((m) => (m.type === 'ack' ? m.seq : 0))) };
  }

  close(): Promise<number> {
    this.socket.close();
    return this.closed;
  }
}
