import { eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { ConnectionSpan } from '../../core/register/presence';
import type { Db } from '../db/client';
import { meetingConnections } from '../db/schema/index';
import type { Connection } from './connection';

/**
 * Notes when each socket of a running meeting opened and closed (REG-1): a dropped connection ends the
 * person's time in the meeting, which its log of joins and leaves cannot tell. The writes do not hold up
 * the room; one that fails is logged and the person's time falls back to the log.
 */
export class ConnectionLog {
  private readonly rows = new Map<Connection, Promise<number | undefined>>();

  constructor(
    private readonly db: Db,
    private readonly meetingId: string,
    private readonly logger: Logger,
  ) {}

  opened(conn: Connection): void {
    const row = this.db
      .insert(meetingConnections)
      .values({ meetingId: this.meetingId, userId: conn.userId, openedAt: new Date() })
      .returning({ id: meetingConnections.id })
      .then(([stored]) => stored?.id)
      .catch((err) => this.failed(err));
    this.rows.set(conn, row);
  }

  /** `at`: when the socket closed, taken before the room's queue got to it. */
  closed(conn: Connection, at: Date): void {
    const row = this.rows.get(conn);
    if (!row) return;
    this.rows.delete(conn);
    void row
      .then((id) =>
        id === undefined
          ? undefined
          : this.db.update(meetingConnections).set({ closedAt: at }).where(eq(meetingConnections.id, id)),
      )
      .catch((err) => this.failed(err));
  }

  private failed(err: unknown): undefined {
    this.logger.warn({ err, meetingId: this.meetingId }, 'meeting connection not noted');
    return undefined;
  }
}

/** The connections noted for a meeting, as the presence calculation takes them. */
export async function connectionsOf(db: Db, meetingId: string): Promise<ConnectionSpan[]> {
  const rows = await db.select().from(meetingConnections).where(eq(meetingConnections.meetingId, meetingId));
  return rows.map((r) => ({
    userId: r.userId,
    openedAt: r.openedAt.getTime(),
    closedAt: r.closedAt?.getTime() ?? null,
  }));
}

/** An account's noted connections go with it (ACCOUNT-1). */
export async function forgetConnections(db: Db, userId: string): Promise<void> {
  await db.delete(meetingConnections).where(eq(meetingConnections.userId, userId));
}
