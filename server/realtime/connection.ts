import type { WebSocket } from 'ws';
import {
  type CloseCode,
  MAX_CLIENT_MESSAGE_BYTES,
  type ProtocolError,
  RATE_BURST,
  RATE_PER_SECOND,
  type ServerMessage,
} from '../../core/protocol';

/** Who is on the other end of a socket, as established at connect. */
export type Identity =
  | { kind: 'member'; userId: string; name: string; groupRole: string; sessionId: string }
  | { kind: 'guest'; userId: string; name: string }
  /** The visitor of a demo meeting (DEMO-4): known only to that demo's socket, never a user. */
  | { kind: 'demo'; userId: string; name: string };

/** Dropped messages in a row before a connection is closed for flooding. */
const FLOOD_LIMIT = 200;

/** One participant's socket: sending, a token bucket for its rate limit, and its identity. */
export class Connection {
  private tokens = RATE_BURST;
  private refilledAt = Date.now();
  private dropped = 0;
  closed: boolean;

  constructor(
    readonly socket: WebSocket,
    readonly identity: Identity,
  ) {
    this.closed = socket.readyState !== socket.OPEN;
    socket.once('close', () => {
      this.closed = true;
    });
  }

  get userId(): string {
    return this.identity.userId;
  }

  send(message: ServerMessage): void {
    this.sendFrame(JSON.stringify(message));
  }

  /**
   * Sends an already serialised ServerMessage, shared by recipients who see the same thing: as UTF-8
   * bytes it is encoded once for all of them, not once per socket.
   */
  sendFrame(frame: string | Buffer): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    this.socket.send(frame, { binary: false });
  }

  error(code: ProtocolError): void {
    this.send({ type: 'error', code });
  }

  close(code: CloseCode): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.close(code);
  }

  /**
   * Takes one token for an incoming message: 'limited' means drop it and reply rate_limited;
   * 'flood' means the connection kept going long after being told, and is closed.
   */
  takeToken(now = Date.now()): 'ok' | 'limited' | 'flood' {
    this.tokens = Math.min(RATE_BURST, this.tokens + ((now - this.refilledAt) / 1000) * RATE_PER_SECOND);
    this.refilledAt = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      this.dropped = 0;
      return 'ok';
    }
    this.dropped += 1;
    return this.dropped < FLOOD_LIMIT ? 'limited' : 'flood';
  }
}

/** Decodes a text frame into JSON, or names the protocol error it deserves. */
export function decodeFrame(data: unknown, isBinary: boolean): { json: unknown } | { error: ProtocolError } {
  if (isBinary) return { error: 'invalid_message' };
  const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
  if (buffer.byteLength > MAX_CLIENT_MESSAGE_BYTES) return { error: 'too_large' };
  try {
    return { json: JSON.parse(buffer.toString('utf8')) };
  } catch {
    return { error: 'invalid_json' };
  }
}
