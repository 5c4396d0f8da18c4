import { z } from 'zod';

/**
 * The live-meeting wire protocol (docs/PROTOCOL.md). JSON text frames over one WebSocket per
 * participant at GET /api/meetings/:meetingId/live. Bump PROTOCOL_VERSION on any breaking change.
 */
export const PROTOCOL_VERSION = 1;

/** Largest client message the server reads; bigger ones get `error {code: 'too_large'}`. */
export const MAX_CLIENT_MESSAGE_BYTES = 16 * 1024;

/** Per connection: a bucket of this many messages, refilled at RATE_PER_SECOND. */
export const RATE_BURST = 40;
export const RATE_PER_SECOND = 20;

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
} as const;
export type CloseCode = (typeof CLOSE_CODES)[keyof typeof CLOSE_CODES];

/** Close codes after which reconnecting cannot help. */
export const FINAL_CLOSE_CODES: readonly number[] = [
  CLOSE_CODES.unauthenticated,
  CLOSE_CODES.forbidden,
  CLOSE_CODES.notFound,
  CLOSE_CODES.versionMismatch,
];

/** Made by the client, unique per command; a retry reuses it and is acknowledged, not applied twice. */
export const commandIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
const seqSchema = z.number().int().min(0);

export const helloSchema = z.object({
  type: z.literal('hello'),
  protocolVersion: z.number().int(),
  meetingId: z.string().min(1).max(64),
  /** The highest seq this client has seen (from snapshot, events or ack); absent on a first connect. */
  lastSeq: seqSchema.optional(),
});

/** The `command` payload is validated by the meeting engine's own schema on the server. */
export const clientMessageSchema = z.discriminatedUnion('type', [
  helloSchema,
  z.object({ type: z.literal('command'), commandId: commandIdSchema, command: z.unknown() }),
  z.object({ type: z.literal('ping') }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;
export type Hello = z.infer<typeof helloSchema>;

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

/** An event as one recipient may see it: the engine's projected form plus its seq. */
const projectedEventSchema = z.looseObject({ seq: seqSchema, type: z.string() });

/** A guest waiting in the lobby; the chair lets them in with the command `admitGuest {userId, name}`. */
export const waitingGuestSchema = z.object({ userId: z.string(), name: z.string() });

export const serverMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('welcome'),
    protocolVersion: z.number().int(),
    /** The actor id this connection speaks for: a user id, or `guest:<id>` for a guest. */
    actorId: z.string(),
    /** `waiting`: a guest the chair has not admitted yet; nothing else follows until admitted. */
    status: z.enum(['joined', 'waiting']),
  }),
  /** The whole view of the meeting for this recipient at `seq`; replaces all local state. */
  z.object({ type: z.literal('snapshot'), view: z.unknown(), seq: seqSchema, serverNow: z.number() }),
  z.object({ type: z.literal('events'), events: z.array(projectedEventSchema) }),
  z.object({ type: z.literal('ack'), commandId: z.string(), seq: seqSchema }),
  z.object({ type: z.literal('rejected'), commandId: z.string(), rejection: z.unknown() }),
  z.object({ type: z.literal('presence'), online: z.array(z.string()) }),
  /** Sent to the chair whenever the list of guests waiting to be admitted changes. */
  z.object({ type: z.literal('guests'), waiting: z.array(waitingGuestSchema) }),
  z.object({ type: z.literal('error'), code: z.enum(PROTOCOL_ERRORS) }),
  z.object({ type: z.literal('pong'), serverNow: z.number() }),
]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;

/** Offset to add to the local clock to get server time, from a message carrying serverNow. */
export function clockOffset(serverNow: number, sentAt: number, receivedAt: number): number {
  return serverNow - (sentAt + receivedAt) / 2;
}
