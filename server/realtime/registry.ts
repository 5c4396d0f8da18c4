import type { Logger } from 'pino';
import type postgres from 'postgres';
import { CLOSE_CODES, type CloseCode, MAX_SOCKETS_PER_MEMBER } from '../../core/protocol';
import type { Db } from '../db/client';
import { onSessionEnded } from '../features/account/session-ended';
import type { MeetingRow } from '../features/groups/access';
import type { AfterCommit } from './after-commit';
import type { Connection } from './connection';
import type { MeetingEngine } from './engine';
import { MeetingRoom } from './meeting-room';
import { type Here, nobodyHere, type PeerHooks, Peers } from './peers';
import { NOTIFY_CHANNEL } from './repo';
import { SESSION_CHECK_MS, validSessions } from './session-check';

/** Lost-access notices between processes; the payload is `<groupId>:<userId>`. */
export const ACCESS_CHANNEL = 'kring_meeting_access';
/**
 * Sockets to close in every process: an ended session `s:<sessionId>`, or `<close code> <scope>` for the
 * rooms of a meeting `m:<meetingId>` or group `g:<groupId>` that was deleted or had its content removed.
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
  /** How often this process tells the others who is here (peers.ts). */
  heartbeatMs?: number | undefined;
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

/** Whose rooms are shut: one meeting, or every meeting of a group. */
export type DeletedScope = { meetingId: string } | { groupId: string };
const scopeKey = (scope: DeletedScope) =>
  'meetingId' in scope ? `m:${scope.meetingId}` : `g:${scope.groupId}`;

/** A room asked for while its meeting (or group) is being deleted or cleared: the socket closes with `code`. */
export class RoomClosed extends Error {
  constructor(readonly code: CloseCode) {
    super(`room closed (${code})`);
  }
}

/**
 * Runs `work` with the scope's live rooms shut: they close first with `code` and no room opens for the
 * scope until the work is over, then rooms opened meanwhile close too. Other processes hear of it through
 * NOTIFY once committed.
 */
async function withRoomsShut<T>(scope: DeletedScope, code: CloseCode, work: () => Promise<T>): Promise<T> {
  const key = scopeKey(scope);
  const all = [...registries];
  for (const registry of all) registry.shutScope(key, code, true);
  try {
    return await work();
  } finally {
    for (const registry of all) registry.shutScope(key, code, false);
  }
}

/**
 * Deletes a meeting or a group (`remove`) with its live rooms: they close (4011) and no room opens for it
 * until the delete is over, so no command is acknowledged that the deleted meeting would then drop
 * (LIVE-2). On PostgreSQL the appends of other processes fail once the rows are gone.
 */
export function deleteWithRooms<T>(scope: DeletedScope, remove: () => Promise<T>): Promise<T> {
  return withRoomsShut(scope, CLOSE_CODES.deleted, remove);
}

/**
 * Removes an ended meeting's case content (`redact`, LOG-8) with its room out of memory: it closes (4013)
 * and is replayed from the redacted log when someone comes back, so no process keeps the texts.
 */
export function redactWithRooms<T>(meetingId: string, redact: () => Promise<T>): Promise<T> {
  return withRoomsShut({ meetingId }, CLOSE_CODES.contentRemoved, redact);
}

/** Checks the sessions behind open sockets now (the clock does so every SESSION_CHECK_MS). */
export async function checkSessions(): Promise<void> {
  await Promise.all([...registries].map((registry) => registry.closeExpiredSessions()));
}

/** The live rooms of this process: opening, cross-process fan-out, the clock, and shutdown. */
export class RoomRegistry {
  private readonly rooms = new Map<string, MeetingRoom<unknown>>();
  private readonly opening = new Map<string, Promise<MeetingRoom<unknown>>>();
  private readonly idleSince = new Map<string, number>();
  /** Scopes (`m:<id>`, `g:<id>`) being deleted or cleared now, with the close code: no room opens for them. */
  private readonly shut: { key: string; code: CloseCode }[] = [];
  private sessionsCheckedAt = Date.now();
  /** Every authenticated socket of this process, by `<meetingId> <userId>`; hello or not. */
  private readonly sockets = new Map<string, Set<Connection>>();
  private timer: NodeJS.Timeout | undefined;
  private unlisten: (() => Promise<void>)[] = [];
  /** The other processes on the same PostgreSQL database: presence, and whether NOTIFYs arrive. */
  private peers: Peers | undefined;
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
    // Called again whenever postgres.js listens anew after losing its connection: what was stored
    // meanwhile came without a NOTIFY.
    const events = await pg.listen(
      NOTIFY_CHANNEL,
      (payload) => this.onNotify(payload),
      () => this.catchUpAll(),
    );
    const access = await pg.listen(ACCESS_CHANNEL, (payload) => {
      const [groupId, userId] = payload.split(':');
      if (groupId && userId) this.closeAccess(userId, groupId, false);
    });
    const closed = await pg.listen(CLOSED_CHANNEL, (payload) => {
      if (payload.startsWith('s:')) this.closeSession(payload.slice(2), false);
      else {
        const [code, key] = payload.split(' ');
        if (key) this.shutRooms(key, Number(code) as CloseCode);
      }
    });
    this.unlisten.push(events.unlisten, access.unlisten, closed.unlisten);
    this.peers = new Peers(pg, this.peerHooks(), this.deps.logger, this.deps.heartbeatMs);
    this.unlisten.push(await this.peers.start());
  }

  /** Whether events stored by other processes reach this one (always, without PostgreSQL). */
  get delivering(): boolean {
    return this.peers?.delivering ?? true;
  }

  private peerHooks(): PeerHooks {
    return {
      here: (meetingId) => this.rooms.get(meetingId)?.here() ?? null,
      everyHere: () =>
        [...this.rooms]
          .map(([id, room]) => [id, room.here()] as [string, Here])
          .filter(([, h]) => !nobodyHere(h)),
      heard: (meetingId, from, here, until) => this.rooms.get(meetingId)?.heard(from, here, until),
      refused: (meetingId, userId) => this.rooms.get(meetingId)?.refuseHere(userId),
      returned: () => this.catchUpAll(),
    };
  }

  /** Every room reads what its log holds beyond what it heard of. */
  private catchUpAll(): void {
    for (const room of this.rooms.values()) void room.catchUp();
  }

  /** The room of a meeting, opened (by replaying its log) on first use. */
  async room(meeting: MeetingRow): Promise<MeetingRoom<unknown>> {
    const shutCode = this.shutCode(meeting);
    if (shutCode) throw new RoomClosed(shutCode);
    this.idleSince.delete(meeting.id);
    const open = this.rooms.get(meeting.id);
    if (open) return open;
    let opening = this.opening.get(meeting.id);
    if (!opening) {
      const { db, pg, logger, engine, afterCommit } = this.deps;
      opening = MeetingRoom.open(meeting, engine, {
        db,
        notify: Boolean(pg),
        logger,
        afterCommit,
        announce: (here) => this.peers?.announce(meeting.id, here),
        refused: (userId) => this.peers?.refused(meeting.id, userId),
      });
      this.opening.set(meeting.id, opening);
      opening.then(
        (room) => {
          this.opening.delete(meeting.id);
          // Deleted or cleared while it opened: it never serves anyone.
          const code = this.shutCode(meeting);
          if (code) return room.shut(code);
          this.rooms.set(meeting.id, room);
          // A NOTIFY that came while the room opened found no room: read the log once more. And ask
          // the other processes who is with them in this meeting.
          if (!pg) return;
          void room.catchUp();
          this.peers?.ask(meeting.id);
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
   * `starting`: the delete (or clearing) begins: rooms of the scope close with `code` and none opens until
   * it is over. Otherwise it is over (committed or failed): rooms opened meanwhile close too, and other
   * processes hear.
   */
  shutScope(key: string, code: CloseCode, starting: boolean): void {
    const at = this.shut.findIndex((s) => s.key === key && s.code === code);
    if (starting) this.shut.push({ key, code });
    else if (at >= 0) this.shut.splice(at, 1);
    this.shutRooms(key, code);
    if (!starting && this.deps.pg) {
      this.deps.pg.notify(CLOSED_CHANNEL, `${code} ${key}`).catch((error) => {
        this.deps.logger.error({ err: error }, 'could not broadcast a closed room');
      });
    }
  }

  /**
   * Closes the sockets whose session expired or is gone (4001, LIVE-1): an expiry deletes no row, so no
   * hook fires for it. The clock calls this every SESSION_CHECK_MS.
   */
  async closeExpiredSessions(): Promise<void> {
    const ids = new Set<string>();
    for (const held of this.sockets.values()) {
      for (const conn of held) if (conn.identity.kind === 'member') ids.add(conn.identity.sessionId);
    }
    if (ids.size === 0) return;
    try {
      const valid = await validSessions(this.deps.db, [...ids], new Date());
      for (const id of ids) if (!valid.has(id)) this.closeSession(id, false);
    } catch (error) {
      this.deps.logger.error({ err: error }, 'could not check the sessions of live sockets');
    }
  }

  private shutRooms(key: string, code: CloseCode): void {
    for (const [id, room] of this.rooms) {
      if (key !== `m:${id}` && key !== `g:${room.meeting.groupId}`) continue;
      room.shut(code);
      this.rooms.delete(id);
    }
  }

  private shutCode(meeting: MeetingRow): CloseCode | undefined {
    return this.shut.find((s) => s.key === `m:${meeting.id}` || s.key === `g:${meeting.groupId}`)?.code;
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

  /**
   * Once a second: the clock of every room with people in it; rooms idle for long are dropped; now and
   * then the sessions behind the sockets are checked.
   */
  private tick(): void {
    const now = Date.now();
    if (now - this.sessionsCheckedAt >= SESSION_CHECK_MS) {
      this.sessionsCheckedAt = now;
      void this.closeExpiredSessions();
    }
    // While NOTIFYs do not arrive, rooms with people in them read the log themselves each second.
    const polling = !this.delivering;
    for (const [id, room] of this.rooms) {
      room.expire(now);
      if (room.connections().length > 0) {
        this.idleSince.delete(id);
        void room.tick(now);
        if (polling) void room.catchUp();
        continue;
      }
      const since = this.idleSince.get(id) ?? now;
      this.idleSince.set(id, since);
      if (now - since > IDLE_MS) this.rooms.delete(id);
    }
  }
}
