import { z } from 'zod';
import { PROTOCOL_ERRORS } from './protocol-codes';

export * from './protocol-codes';

/**
 * The live-meeting wire protocol (docs/PROTOCOL.md). JSON text frames over one WebSocket per
 * participant at GET /api/meetings/:meetingId/live. Bump PROTOCOL_VERSION (protocol-codes.ts) on any breaking change.
 */

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
