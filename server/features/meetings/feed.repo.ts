import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { calendarFeeds, users } from '../../db/schema/index';

/** Revokes the user's feeds and stores a new one, so rotating kills the old URL. */
export async function replaceFeed(db: Db, userId: string, id: string, secretHash: string, now: Date) {
  await db.transaction(async (tx) => {
    await tx
      .update(calendarFeeds)
      .set({ revokedAt: now })
      .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)));
    await tx.insert(calendarFeeds).values({ id, userId, secretHash, createdAt: now });
  });
}

export async function revokeFeeds(db: Db, userId: string, now: Date): Promise<void> {
  await db
    .update(calendarFeeds)
    .set({ revokedAt: now })
    .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)));
}

export async function activeFeed(db: Db, userId: string) {
  const [row] = await db
    .select()
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
    .orderBy(desc(calendarFeeds.createdAt))
    .limit(1);
  return row;
}

/** The owner of an active feed with this secret hash. */
export async function feedOwner(db: Db, secretHash: string) {
  const [row] = await db
    .select({ userId: users.id, locale: users.locale })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.secretHash, secretHash), isNull(calendarFeeds.revokedAt)));
  return row;
}
