import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type postgres from 'postgres';
import { z } from 'zod';

/** Presence between processes: each tells the others, by NOTIFY, who is connected to it per meeting. */
export const PRESENCE_CHANNEL = 'kring_presence';
/** How often a process repeats what it holds, when nothing changed (AppDeps.realtime overrides it). */
export const HEARTBEAT_MS = 2000;
/** What another process said holds this many heartbeats; then it counts as gone (killed, cut off). */
const EXPIRY_BEATS = 3;
/** NOTIFY payloads stop at 8000 bytes; a heartbeat is split into messages below this. */
const MAX_PAYLOAD = 7000;

const waitingSchema = z.object({ userId: z.string(), name: z.string() });
const hereSchema = z.object({ online: z.array(z.string()), waiting: z.array(waitingSchema) });
/**
 * `rooms`: what the sender holds per meeting id; `ask`: a meeting a process just opened, to hear at once;
 * `refused`: a waiting guest the chair turned away, whose sockets elsewhere close.
 */
const messageSchema = z.object({
  from: z.string(),
  rooms: z.record(z.string(), hereSchema).optional(),
  ask: z.string().optional(),
  refused: z.object({ meetingId: z.string(), userId: z.string() }).optional(),
});
type Message = z.infer<typeof messageSchema>;

/** Who is connected to one process in one meeting: members online, guests waiting for the chair. */
export type Here = z.infer<typeof hereSchema>;
export const nobodyHere = (here: Here) => here.online.length === 0 && here.waiting.length === 0;

export type PeerHooks = {
  /** What this process holds of a meeting (null: no room open here). */
  here(meetingId: string): Here | null;
  /** Every meeting someone is connected to here, with what this process holds of it. */
  everyHere(): [string, Here][];
  /** Another process said what it holds of a meeting; it stands until `until` (ms). */
  heard(meetingId: string, from: string, here: Here, until: number): void;
  /** The chair (on another process) turned away a guest who may be waiting here. */
  refused(meetingId: string, userId: string): void;
  /** NOTIFYs reach this process again (or LISTEN reconnected): what was missed must be read from the log. */
  returned(): void;
};

/**
 * This process among the others on one PostgreSQL database. Its heartbeat carries its presence per
 * meeting and comes back to itself too: while it does not, NOTIFYs do not arrive (LISTEN connection down,
 * PostgreSQL restarting), so cross-process delivery is down and `/healthz` says so.
 */
export class Peers {
  readonly id = randomBytes(6).toString('base64url');
  private heardSelfAt = Date.now();
  private down = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pg: postgres.Sql,
    private readonly hooks: PeerHooks,
    private readonly logger: Logger,
    private readonly heartbeatMs = HEARTBEAT_MS,
  ) {}

  /** Listens and starts the heartbeat; resolves to what stops both. */
  async start(): Promise<() => Promise<void>> {
    // postgres.js calls the third argument again each time it has reconnected and listens again.
    const { unlisten } = await this.pg.listen(
      PRESENCE_CHANNEL,
      (payload) => this.onMessage(payload),
      () => this.hooks.returned(),
    );
    this.timer = setInterval(() => this.beat(), this.heartbeatMs);
    this.timer.unref();
    return async () => {
      clearInterval(this.timer);
      await unlisten();
    };
  }

  /** Whether this process's own heartbeat came back lately, i.e. NOTIFYs from other processes arrive. */
  get delivering(): boolean {
    return Date.now() - this.heardSelfAt < EXPIRY_BEATS * this.heartbeatMs;
  }

  /** Tells the others what this process holds of a meeting now. */
  announce(meetingId: string, here: Here): void {
    this.send({ from: this.id, rooms: { [meetingId]: here } });
  }

  /** Asks the others for what they hold of a meeting (this process just opened its room). */
  ask(meetingId: string): void {
    this.send({ from: this.id, ask: meetingId });
  }

  /** Tells the others that the chair turned a waiting guest away. */
  refused(meetingId: string, userId: string): void {
    this.send({ from: this.id, refused: { meetingId, userId } });
  }

  private beat(): void {
    if (!this.delivering) this.down = true;
    let rooms: Record<string, Here> = {};
    let size = 0;
    for (const [meetingId, here] of this.hooks.everyHere()) {
      const length = JSON.stringify(here).length + meetingId.length + 4;
      if (size + length > MAX_PAYLOAD && size > 0) {
        this.send({ from: this.id, rooms });
        rooms = {};
        size = 0;
      }
      rooms[meetingId] = here;
      size += length;
    }
    // Also with no rooms: the heartbeat that comes back tells this process that NOTIFYs arrive.
    this.send({ from: this.id, rooms });
  }

  private send(message: Message): void {
    this.pg.notify(PRESENCE_CHANNEL, JSON.stringify(message)).catch((error) => {
      this.logger.debug({ err: error }, 'could not send presence');
    });
  }

  private onMessage(payload: string): void {
    let message: Message;
    try {
      message = messageSchema.parse(JSON.parse(payload));
    } catch {
      this.logger.warn('unreadable presence notice');
      return;
    }
    if (message.from === this.id) {
      this.heardSelfAt = Date.now();
      if (this.down) {
        this.down = false;
        this.hooks.returned();
      }
      return;
    }
    if (message.refused) this.hooks.refused(message.refused.meetingId, message.refused.userId);
    if (message.ask) {
      const here = this.hooks.here(message.ask);
      if (here && !nobodyHere(here)) this.announce(message.ask, here);
    }
    const until = Date.now() + EXPIRY_BEATS * this.heartbeatMs;
    for (const [meetingId, here] of Object.entries(message.rooms ?? {})) {
      this.hooks.heard(meetingId, message.from, here, until);
    }
  }
}
