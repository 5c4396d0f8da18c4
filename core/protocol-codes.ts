// Versions, limits and codes of the live protocol (docs/PROTOCOL.md) without zod: the room's code imports
// these; the schemas in protocol.ts are for the server, which validates what clients send.

export const PROTOCOL_VERSION = 1;

/** Largest client message the server reads; bigger ones get `error {code: 'too_large'}`. */
export const MAX_CLIENT_MESSAGE_BYTES = 16 * 1024;

/** Per connection: a bucket of this many messages, refilled at RATE_PER_SECOND. */
export const RATE_BURST = 40;
export const RATE_PER_SECOND = 20;

/** Sockets one user (or guest) may hold open to one meeting at a time; one more closes with tooManySockets. */
export const MAX_SOCKETS_PER_MEMBER = 8;

/** A client must say hello within this time or the socket closes with HELLO_REQUIRED. */
export const HELLO_TIMEOUT_MS = 10_000;

/** WebSocket close codes the server uses; the client decides from these whether to reconnect. */
export const CLOSE_CODES = {
  /** No valid session cookie or guest token: sign in again, do not retry. */
  unauthenticated: 4001,
  /** The first message was not a valid hello (or it named another meeting). */
  helloRequired: 4002,
  /** Not (or no longer) allowed in: not a member, ground rules not accepted, guest refused. */
  forbidden: 4003,
  /** The meeting does not exist (or is not visible to this user). */
  notFound: 4004,
  /** The connection kept sending over its rate limit. */
  rateLimited: 4008,
  /** The client speaks another protocol version: reload the app. */
  versionMismatch: 4009,
  /** The server is shutting down or restarting: reconnect after a short pause. */
  goingAway: 4010,
  /** The meeting, or its group, was deleted: there is nothing to come back to. */
  deleted: 4011,
  /** This user already holds MAX_SOCKETS_PER_MEMBER sockets to the meeting: close one, then retry. */
  tooManySockets: 4012,
  /** Retention removed the ended meeting's case content (LOG-8): reconnect to get what remains. */
  contentRemoved: 4013,
} as const;
export type CloseCode = (typeof CLOSE_CODES)[keyof typeof CLOSE_CODES];

/** Close codes after which reconnecting cannot help. */
export const FINAL_CLOSE_CODES: readonly number[] = [
  CLOSE_CODES.unauthenticated,
  CLOSE_CODES.forbidden,
  CLOSE_CODES.notFound,
  CLOSE_CODES.versionMismatch,
  CLOSE_CODES.deleted,
];

/** Stable codes of `error` replies; the connection stays open after each of them. */
export const PROTOCOL_ERRORS = [
  'invalid_json',
  'invalid_message',
  'too_large',
  'rate_limited',
  'already_joined',
  'not_joined',
  'internal',
] as const;
export type ProtocolError = (typeof PROTOCOL_ERRORS)[number];

/** Offset to add to the local clock to get server time, from a message carrying serverNow. */
export function clockOffset(serverNow: number, sentAt: number, receivedAt: number): number {
  return serverNow - (sentAt + receivedAt) / 2;
}
