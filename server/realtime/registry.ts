import type { Logger } from 'pino';
import type postgres from 'postgres';
import { CLOSE_CODES, MAX_SOCKETS_PER_MEMBER } from '../../core/protocol';
import type { Db } from '../db/client';
import { onSessionEnded } from '../features/account/session-ended';
import type { MeetingRow } from '../features/groups/access';
import type { AfterCommit } from './after-commit';
import type { Connection } from './connection';
import type { MeetingEngine } from './engine';
import { MeetingRoom } from './meeting-room';
import { NOTIFY_CHANNEL } from './repo';

/** Lost-access notices between processes; the payload is `<groupId>:<userId>`. */
export const ACCESS_CHANNEL = 'kring_meeting_access';
/**
 * Sockets to close in every process: a deleted meeting `m:<meetingId>` or group `g:<groupId>`, an ended
 * session `s:<sessionId>`.
 */
export const CLOSED_CHANNEL = 'kring_meeting_closed';

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

/** What is being deleted: one meeting, or every meeting of a group. */
export type DeletedScope = { meetingId: string } | { groupId: string };
const scopeKey = (scope: DeletedScope) =>
  'meetingId' in scope ? `m:${scope.meetingId}` : `g:${scope.groupId}`;

/** A room asked for while its meeting (or group) is being deleted. */
export class RoomDeleted extends Error {}

/**
 * Deletes a meeting or a group (`remove`) with its live rooms: they close first (4011) and no room opens
 * for it until the delete is over, so no command is acknowledged that the deleted meeting would then drop
 * (LIVE-2). Other processes hear of it through NOTIFY once committed (on PostgreSQL their appends fail).
 */
export async function deleteWithRooms<T>(scope: DeletedScope, remove: () => Promise<T>): Promise<T> {
  const key = scopeKey(scope);
  const all = [...registries];
  for (const registry of all) registry.closeDeleted(key, true);
  try {
    return await remove();
  } finally {
    for (const registry of all) registry.closeDeleted(key, false);
  }
}

/** The live rooms of this process: opening, cross-process fan-out, the clock, and shutdown. */
export class RoomRegistry {
  private readonly rooms = new Map<string, MeetingRoom<unknown>>();
  private readonly opening = new Map<string, Promise<MeetingRoom<unknown>>>();
  private readonly idleSince = new Map<string, number>();
  /** Scope keys (`m:<id>`, `g:<id>`) being deleted now: no room opens for them. */
  private readonly deleting = new Set<string>();
  /** Every authenticated socket of this process, by `<meetingId> <userId>`; hello or not. */
  private readonly sockets = new Map<string, Set<Connection>>();
  private timer: NodeJS.Timeout | undefined;
  private unlisten: (() => Promise<void>)[] = [];
  closing = false;

  constructor(private readonly deps: RegistryDeps) {}

  async start(): Promise<void> {
    registries.add(this);
    const stop = onSessionEnded((session) => this.closeSession(session.id, true));
    this.unlisten.push(async () => {
      stop();
    });
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.timer.unref();
    const { pg } = this.deps;
    if (!pg) return;
    const events = await pg.listen(NOTIFY_CHANNEL, (payload) => this.onNotify(payload));
    const access = await pg.listen(ACCESS_CHANNEL, (payload) => {
      const [groupId, userId] = payload.split(':');
      if (groupId && userId) this.closeAccess(userId, groupId, false);
    });
    const closed = await pg.listen(CLOSED_CHANNEL, (key) => {
      if (key.startsWith('s:')) this.closeSession(key.slice(2), false);
      else this.shutRooms(key);
    });
    this.unlisten.push(events.unlisten, access.unlisten, closed.unlisten);
  }

  /** The room of a meeting, opened (by replaying its log) on first use. */
  async room(meeting: MeetingRow): Promise<MeetingRoom<unknown>> {
    if (this.isDeleting(meeting)) throw new RoomDeleted();
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
          this.opening.delete(meeting.id);
          // Deleted while it opened: it never serves anyone.
          if (this.isDeleting(meeting)) room.shut(CLOSE_CODES.deleted);
          else this.rooms.set(meeting.id, room);
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

  /**
   * Counts an authenticated socket until it closes; false when its user already holds
   * MAX_SOCKETS_PER_MEMBER sockets to this meeting (LIVE-3): the caller closes it.
   */
  track(conn: Connection, meetingId: string): boolean {
    const key = `${meetingId} ${conn.userId}`;
    const held = this.sockets.get(key) ?? new Set<Connection>();
    if (held.size >= MAX_SOCKETS_PER_MEMBER) return false;
    held.add(conn);
    this.sockets.set(key, held);
    conn.socket.once('close', () => {
      held.delete(conn);
      if (held.size === 0 && this.sockets.get(key) === held) this.sockets.delete(key);
    });
    return true;
  }

  /** Closes the sockets opened with a session that ended (4001, LIVE-1); `broadcast` tells other processes. */
  closeSession(sessionId: string, broadcast: boolean): void {
    for (const held of this.sockets.values()) {
      for (const conn of held) {
        if (conn.identity.kind === 'member' && conn.identity.sessionId === sessionId) {
          conn.close(CLOSE_CODES.unauthenticated);
        }
      }
    }
    if (broadcast && this.deps.pg) {
      this.deps.pg.notify(CLOSED_CHANNEL, `s:${sessionId}`).catch((error) => {
        this.deps.logger.error({ err: error }, 'could not broadcast an ended session');
      });
    }
  }

  /**
   * `starting`: the delete begins: rooms of the scope close and none opens until it is over.
   * Otherwise it is over (committed or failed): rooms opened meanwhile close too, and other processes hear.
   */
  closeDeleted(key: string, starting: boolean): void {
    if (starting) this.deleting.add(key);
    else this.deleting.delete(key);
    this.shutRooms(key);
    if (!starting && this.deps.pg) {
      this.deps.pg.notify(CLOSED_CHANNEL, key).catch((error) => {
        this.deps.logger.error({ err: error }, 'could not broadcast a deleted meeting');
      });
    }
  }

  private shutRooms(key: string): void {
    for (const [id, room] of this.rooms) {
      if (key !== `m:${id}` && key !== `g:${room.meeting.groupId}`) continue;
      room.shut(CLOSE_CODES.deleted);
      this.rooms.delete(id);
    }
  }

  private isDeleting(meeting: MeetingRow): boolean {
    return this.deleting.has(`m:${meeting.id}`) || this.deleting.has(`g:${meeting.groupId}`);
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
