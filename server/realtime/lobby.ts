import { CLOSE_CODES } from '../../core/protocol';
import type { Connection } from './connection';

export type Waiting = { userId: string; name: string };

/**
 * Guests waiting for the chair. They receive nothing of the meeting until admitted; the chair (and
 * only the chair) is told who is waiting whenever that, or who the chair is, changes.
 */
export class Lobby {
  private readonly waiting = new Set<Connection>();
  private lastKey = '';

  get size(): number {
    return this.waiting.size;
  }

  get connections(): Connection[] {
    return [...this.waiting];
  }

  add(conn: Connection): void {
    this.waiting.add(conn);
  }

  remove(conn: Connection): void {
    this.waiting.delete(conn);
  }

  /** Takes the waiting sockets of a guest out of the lobby: to be let in, or closed when refused. */
  settle(userId: string, admitted: boolean): Connection[] {
    const settled = [...this.waiting].filter((c) => c.userId === userId);
    for (const conn of settled) {
      this.waiting.delete(conn);
      if (!admitted) conn.close(CLOSE_CODES.forbidden);
    }
    return admitted ? settled : [];
  }

  /** Who waits here, once per guest, in a stable order. */
  list(): Waiting[] {
    return [...new Map([...this.waiting].map((c) => [c.userId, c.identity.name])).entries()].map(
      ([userId, name]) => ({ userId, name }),
    );
  }

  /**
   * Sends the waiting list to the chair's sockets when it (or the chair) changed; `force` for a new socket.
   * `elsewhere`: guests waiting on other server processes.
   */
  tellChair(chairs: Connection[], force = false, elsewhere: Waiting[] = []): void {
    const waiting = [...new Map([...this.list(), ...elsewhere].map((w) => [w.userId, w])).values()].sort(
      (a, b) => a.userId.localeCompare(b.userId),
    );
    const key = `${chairs.map((c) => c.userId).join(',')}|${waiting.map((w) => w.userId).join(',')}`;
    if (key === this.lastKey && !force) return;
    this.lastKey = key;
    for (const conn of chairs) conn.send({ type: 'guests', waiting });
  }
}
