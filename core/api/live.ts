import { z } from 'zod';
import { nameSchema } from './text';

/**
 * HTTP side of live meetings (the socket protocol itself is core/protocol.ts):
 *   POST /api/meetings/:meetingId/join-code → JoinCode     member who accepted the ground rules
 *   POST /api/meetings/:meetingId/join-code/rotate → JoinCode   the meeting's chair: a new code, the old one
 *                                                               stops working
 *   POST /api/guests/join   (GuestJoinInput) → GuestJoined  anyone with the code; sets the guest cookie
 * A guest then opens the meeting's socket like a member and waits until the chair admits them.
 */

export const joinCodeSchema = z.object({
  code: z.string(),
  /**
   * Where phones reach Kring (`http://host:port`): PUBLIC_URL when it is set, otherwise the server's own
   * IPv4 addresses on the network. Empty when it has none; the projector then uses its own address.
   */
  addresses: z.array(z.string()),
});
export type JoinCode = z.infer<typeof joinCodeSchema>;

export const guestJoinSchema = z.object({
  code: z.string().trim().min(4).max(16),
  name: nameSchema(80),
  /** The guest read and accepted the confidentiality agreement; anything but true is refused. */
  acceptConfidentiality: z.literal(true),
});
export type GuestJoinInput = z.infer<typeof guestJoinSchema>;

export const guestJoinedSchema = z.object({ meetingId: z.string(), userId: z.string() });
export type GuestJoined = z.infer<typeof guestJoinedSchema>;
