import type { Logger } from 'pino';
import type postgres from 'postgres';
import { CLOSE_CODES } from '../../core/protocol';
import type { Db } from '../db/client';
import type { MeetingRow } from '../features/groups/access';
import type { AfterCommit } from './after-commit';
import type { MeetingEngine } from './engine';
import { MeetingRoom } from './meeting-room';
import { NOTIFY_CHANNEL } from './repo';

/** Lost-access notices between processes; the payload is `<groupId>:<userId>`. */
export const ACCESS_CHANNEL = 'kring_meeting_access';
/** A room nobody is connected to is dropped from memory after this long; its log stays in the DB. */
const IDLE_MS = 60_000;
const TICK_MS = 1000;
const DRAIN_MS = 5000;

export type RegistryDeps = {
  db: Db;
  pg?: postgres.Sql | undefined;
  logger: Logger;
  engine: MeetingEngine<unknown>;
  afterCommit?: AfterCommit;
};

// Every registry in this process, so closeAccess reaches them without being handed one.
const registries = new Set<RoomRegistry>();

/**
 * Closes the live-meeting sockets of a user who lost access to a group (removed, left, or ground
 * rules changed and not accepted again). The groups service calls this after committing the change;
 * with PostgreSQL it also reaches the other server processes through NOTIFY.
 */
export function closeAccess(userId: string, groupId: string): void {
  for (const registry of registries) registry.closeAccess(userId, groupId, true);
}

/** Stands for every member (not guests) of a group; no user id is ever '*'. */
const EVERY_MEMBER = '*';

/** Closes every member's live-meeting sockets in the group: new ground rules must be accepted first. */
export function closeGroupAccess(groupId: string): void {
  closeAccess(EVERY_MEMBER, groupId);
}

/** The live rooms of this process: opening, cross-process fan-out, the clock, and shutdown. */
export class RoomRegistry {
  private readonly rooms = new Map<string, MeetingRoom<unknown>>();
  private readonly opening = new Map<string, Promise<MeetingRoom<unknown>>>();
  private readonly idleSince = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private unlisten: (() => Promise<void>)[] = [];
  closing = false;

  constructor(private readonly deps: RegistryDeps) {}

  async start(): Promise<void> {
    registries.add(this);
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.timer.unref();
    const { pg } = this.deps;
    if (!pg) return;
    const events = await pg.listen(NOTIFY_CHANNEL, (payload) => this.onNotify(payload));
    const access = await pg.listen(ACCESS_CHANNEL, (payload) => {
      const [groupId, userId] = payload.split(':');
      if (groupId && userId) this.closeAccess(userId, groupId, false);
    });
    this.unlisten = [events.unlisten, access.unlisten];
  }

  /** The room of a meeting, opened (by replaying its log) on first use. */
  async room(meeting: MeetingRow): Promise<MeetingRoom<unknown>> {
    this.idleSince.delete(meeting.id);
    const open = this.rooms.get(meeting.id);
    if (open) return open;
    let opening = this.opening.get(meeting.id);
    if (!opening) {
      const { db, pg, logger, engine, afterCommit } = this.deps;
      opening = MeetingRoom.open(meeting, engine, { db, notify: Boolean(pg), logger, afterCommit });
      this.opening.set(meeting.id, opening);
      opening.then(
        (room) => {
          this.rooms.set(meeting.id, room);
          this.opening.delete(meeting.id);
        },
        () => this.opening.delete(meeting.id),
      );
    }
    return opening;
  }

  /** Closes the user's sockets in the group's rooms with 4003; `broadcast` tells other processes too. */
  closeAccess(userId: string, groupId: string, broadcast: boolean): void {
    for (const room of this.openRooms()) {
      if (room.meeting.groupId !== groupId) continue;
      for (const conn of room.connections()) {
        const everyone = userId === EVERY_MEMBER && conn.identity.kind === 'member';
        if (everyone || conn.userId === userId) conn.close(CLOSE_CODES.forbidden);
      }
    }
    if (broadcast && this.deps.pg) {
      this.deps.pg.notify(ACCESS_CHANNEL, `${groupId}:${userId}`).catch((error) => {
        this.deps.logger.error({ err: error }, 'could not broadcast lost access');
      });
    }
  }

  /** Lets running commands finish, then closes every socket with 4010 so clients come back later. */
  async shutdown(): Promise<void> {
    this.closing = true;
    registries.delete(this);
    clearInterval(this.timer);
    const rooms = this.openRooms();
    const drained = Promise.all(rooms.map((room) => room.enqueue(() => undefined)));
    await Promise.race([drained, new Promise((resolve) => setTimeout(resolve, DRAIN_MS).unref())]);
    for (const room of rooms) for (const conn of room.connections()) conn.close(CLOSE_CODES.goingAway);
    await Promise.all(this.unlisten.map((unlisten) => unlisten().catch(() => undefined)));
  }

  private openRooms(): MeetingRoom<unknown>[] {
    return [...this.rooms.values()];
  }

  private onNotify(payload: string): void {
    const at = payload.lastIndexOf(':');
    const meetingId = payload.slice(0, at);
    const seq = Number(payload.slice(at + 1));
    void this.rooms.get(meetingId)?.catchUp(seq);
  }

  /** Once a second: the clock of every room with people in it; rooms idle for long are dropped. */
  private tick(): void {
    const now = Date.now();
    for (const [id, room] of this.rooms) {
      if (room.connections().length > 0) {
        this.idleSince.delete(id);
        void room.tick(now);
        continue;
      }
      const since = this.idleSince.get(id) ?? now;
      this.idleSince.set(id, since);
      if (now - since > IDLE_MS) this.rooms.delete(id);
    }
  }
}
