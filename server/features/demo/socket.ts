import type { FastifyRequest } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import { VISITOR_ID } from '../../../core/practice/demo';
import {
  CLOSE_CODES,
  type ClientMessage,
  clientMessageSchema,
  HELLO_TIMEOUT_MS,
  MAX_SOCKETS_PER_MEMBER,
  PROTOCOL_VERSION,
} from '../../../core/protocol';
import { Connection, decodeFrame } from '../../realtime/connection';
import type { DemoRegistry } from './demos';

/** The visitor's secret rides in this httpOnly cookie, scoped to the path of their demo's socket (DEMO-4). */
export const DEMO_COOKIE = 'kring_demo';

function demoToken(cookie: string | undefined): string | null {
  return cookie?.match(new RegExp(`(?:^|;\\s*)${DEMO_COOKIE}=([A-Za-z0-9_-]+)`))?.[1] ?? null;
}

type Handlers = { [T in ClientMessage['type']]: (message: Extract<ClientMessage, { type: T }>) => void };

/**
 * A demo's socket: the visitor's token must be this demo's own (else 4001, or 4004 for a demo that is gone);
 * then hello, commands and pings as on a meeting's socket, with the same rate limit per connection.
 */
export function acceptDemoSocket(socket: WebSocket, request: FastifyRequest, demos: DemoRegistry): void {
  const { demoId } = request.params as { demoId: string };
  const demo = demos.get(demoId);
  const token = demoToken(request.headers.cookie);
  const refusal = !demo
    ? CLOSE_CODES.notFound
    : !token || !demo.admits(token)
      ? CLOSE_CODES.unauthenticated
      : demo.sockets.size >= MAX_SOCKETS_PER_MEMBER
        ? CLOSE_CODES.tooManySockets
        : null;
  if (!demo || refusal !== null) {
    socket.close(refusal ?? CLOSE_CODES.notFound);
    return;
  }
  const conn = new Connection(socket, { kind: 'demo', userId: VISITOR_ID, name: demo.plan.visitorName });
  let joined = false;
  const helloTimer = setTimeout(() => conn.close(CLOSE_CODES.helloRequired), HELLO_TIMEOUT_MS);
  socket.once('close', () => {
    clearTimeout(helloTimer);
    demo.leave(conn, demos.now());
  });
  const handlers: Handlers = {
    hello: (hello) => {
      if (joined) return conn.error('already_joined');
      if (hello.protocolVersion !== PROTOCOL_VERSION) return conn.close(CLOSE_CODES.versionMismatch);
      if (hello.meetingId !== demoId) return conn.close(CLOSE_CODES.helloRequired);
      clearTimeout(helloTimer);
      joined = true;
      demo.join(conn, demos.now());
    },
    command: ({ commandId, command }) => {
      if (!joined) return conn.error('not_joined');
      demo.command(conn, commandId, command, demos.now());
    },
    ping: () => conn.send({ type: 'pong', serverNow: demos.now() }),
  };
  socket.on('message', (data: RawData, isBinary: boolean) => {
    const allowed = conn.takeToken();
    if (allowed === 'flood') return conn.close(CLOSE_CODES.rateLimited);
    if (allowed === 'limited') return conn.error('rate_limited');
    const frame = decodeFrame(data, isBinary);
    if ('error' in frame) return conn.error(frame.error);
    const parsed = clientMessageSchema.safeParse(frame.json);
    if (!parsed.success) return conn.error('invalid_message');
    (handlers[parsed.data.type] as (message: ClientMessage) => void)(parsed.data);
  });
}
