import { and, gt, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { sessions } from '../db/schema/index';

/** How often the sessions behind open sockets are checked: a socket outlives an expired session by at most this. */
export const SESSION_CHECK_MS = 60_000;

/** Of these session ids, the ones that still exist and have not expired at `now`. */
export async function validSessions(db: Db, ids: string[], now: Date): Promise<Set<string>> {
  const rows = await db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(inArray(sessions.id, ids), gt(sessions.expiresAt, now)));
  return new Set(rows.map((row) => row.id));
}
