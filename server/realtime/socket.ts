import type { FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { RawData, WebSocket } from 'ws';
import {
  CLOSE_CODES,
  type ClientMessage,
  clientMessageSchema,
  HELLO_TIMEOUT_MS,
  PROTOCOL_VERSION,
  RATE_BURST,
  type ServerMessage,
} from '../../core/protocol';
import type { Db } from '../db/client';
import type { Auth } from '../features/account/auth';
import type { MeetingRow } from '../features/groups/access';
import { authenticate } from './authenticate';
import { Connection, decodeFrame } from './connection';
import type { MeetingRoom } from './meeting-room';
import { RoomClosed, type RoomRegistry } from './registry';

export type SocketDeps = { db: Db; auth: Auth; logger: Logger; registry: RoomRegistry };

/**
 * Takes a freshly upgraded socket: authenticates it from its cookies, then hands its frames to a
 * session. Frames that arrive while the cookie is being checked are kept (a few) and replayed.
 */
export function acceptSocket(socket: WebSocket, request: FastifyRequest, deps: SocketDeps): void {
  const { meetingId } = request.params as { meetingId: string };
  const early: [RawData, boolean][] = [];
  let onFrame: ((data: RawData, isBinary: boolean) => void) | null = null;
  socket.on('message', (data, isBinary) => {
    if (onFrame) onFrame(data, isBinary);
    else if (early.length < RATE_BURST) early.push([data, isBinary]);
    // Beyond the bucket a message is dropped, and the client hears so as after authentication (LIVE-5).
    else socket.send(JSON.stringify({ type: 'error', code: 'rate_limited' } satisfies ServerMessage));
  });
  socket.on('error', (error) => deps.logger.debug({ err: error }, 'socket error'));
  if (deps.registry.closing) {
    socket.close(CLOSE_CODES.goingAway);
    return;
  }
  authenticate(deps, request, meetingId).then(
    (admission) => {
      if ('close' in admission) {
        socket.close(admission.close);
        return;
      }
      const conn = new Connection(socket, admission.identity);
      if (!deps.registry.track(conn, meetingId)) {
        conn.close(CLOSE_CODES.tooManySockets);
        return;
      }
      const session = new SocketSession(conn, admission.meeting, deps);
      onFrame = (data, isBinary) => session.onFrame(data, isBinary);
      for (const [data, isBinary] of early.splice(0)) onFrame(data, isBinary);
    },
    (error) => {
      deps.logger.error({ err: error }, 'could not authenticate a meeting socket');
      socket.close(1011);
    },
  );
}

type Handlers = { [T in ClientMessage['type']]: (message: Extract<ClientMessage, { type: T }>) => void };

/** One socket after authentication: hello first, then commands and pings. */
class SocketSession {
  private joining: Promise<MeetingRoom<unknown> | null> | null = null;
  private readonly helloTimer: NodeJS.Timeout;

  constructor(
    private readonly conn: Connection,
    private readonly meeting: MeetingRow,
    private readonly deps: SocketDeps,
  ) {
    this.helloTimer = setTimeout(() => conn.close(CLOSE_CODES.helloRequired), HELLO_TIMEOUT_MS);
    conn.socket.once('close', () => {
      clearTimeout(this.helloTimer);
      void this.joining?.then((room) => room?.leave(conn));
    });
  }

  onFrame(data: RawData, isBinary: boolean): void {
    const allowed = this.conn.takeToken();
    if (allowed === 'flood') this.conn.close(CLOSE_CODES.rateLimited);
    else if (allowed === 'limited') this.conn.error('rate_limited');
    else this.dispatch(decodeFrame(data, isBinary));
  }

  private dispatch(frame: ReturnType<typeof decodeFrame>): void {
    if ('error' in frame) {
      this.conn.error(frame.error);
      return;
    }
    const parsed = clientMessageSchema.safeParse(frame.json);
    if (!parsed.success) {
      this.conn.error('invalid_message');
      return;
    }
    const handle = this.handlers[parsed.data.type] as (message: ClientMessage) => void;
    handle(parsed.data);
  }

  private readonly handlers: Handlers = {
    hello: (hello) => {
      if (this.joining) return this.conn.error('already_joined');
      if (hello.protocolVersion !== PROTOCOL_VERSION) return this.conn.close(CLOSE_CODES.versionMismatch);
      if (hello.meetingId !== this.meeting.id) return this.conn.close(CLOSE_CODES.helloRequired);
      clearTimeout(this.helloTimer);
      this.joining = this.deps.registry.room(this.meeting).then(
        async (room) => {
          await room.join(this.conn, hello.lastSeq);
          return room;
        },
        (error) => {
          if (error instanceof RoomClosed) this.conn.close(error.code);
          else {
            this.deps.logger.error({ err: error }, 'could not open a meeting room');
            this.conn.error('internal');
          }
          return null;
        },
      );
    },
    command: ({ commandId, command }) => {
      if (!this.joining) return this.conn.error('not_joined');
      const { identity } = this.conn;
      // Whether they may take the chair as a group admin comes from the membership read at connect (LIFE-2).
      const actor = {
        userId: identity.userId,
        name: identity.name,
        guest: identity.kind === 'guest',
        groupAdmin: identity.kind === 'member' && identity.groupRole === 'admin',
      };
      void this.joining.then((room) =>
        room ? room.command(this.conn, commandId, command, actor) : this.conn.error('not_joined'),
      );
    },
    ping: () => this.conn.send({ type: 'pong', serverNow: Date.now() }),
  };
}
