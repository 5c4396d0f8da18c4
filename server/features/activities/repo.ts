import { and, asc, count, eq, gte, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { activities, activitySignups, providerMembers, providers } from '../../db/schema';

export type ActivityRow = typeof activities.$inferSelect;
export type ProviderRow = typeof providers.$inferSelect;
export type SignupRow = typeof activitySignups.$inferSelect;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export async function insertProvider(db: Db, row: typeof providers.$inferInsert, userId: string) {
  await db.transaction(async (tx) => {
    await tx.insert(providers).values(row);
    await tx.insert(providerMembers).values({ providerId: row.id, userId });
  });
}

export async function slugTaken(db: Db, slug: string): Promise<boolean> {
  const [row] = await db.select({ id: providers.id }).from(providers).where(eq(providers.slug, slug));
  return row !== undefined;
}

export async function providerBySlug(db: Db, slug: string): Promise<ProviderRow | undefined> {
  const [row] = await db.select().from(providers).where(eq(providers.slug, slug));
  return row;
}

export async function isProviderMember(db: Db, providerId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: providerMembers.userId })
    .from(providerMembers)
    .where(and(eq(providerMembers.providerId, providerId), eq(providerMembers.userId, userId)));
  return row !== undefined;
}

export async function providersOf(db: Db, userId: string): Promise<ProviderRow[]> {
  return db
    .select({
      id: providers.id,
      slug: providers.slug,
      name: providers.name,
      description: providers.description,
      website: providers.website,
      createdAt: providers.createdAt,
    })
    .from(providers)
    .innerJoin(providerMembers, eq(providerMembers.providerId, providers.id))
    .where(eq(providerMembers.userId, userId))
    .orderBy(asc(providers.name));
}

export async function insertActivity(db: Db, row: typeof activities.$inferInsert) {
  await db.insert(activities).values(row);
}

/** Activities whose first meeting is at or after `from`, soonest first; optionally of one provider. */
export async function upcomingActivities(db: Db, from: Date, providerId?: string) {
  return db
    .select({ activity: activities, provider: { slug: providers.slug, name: providers.name } })
    .from(activities)
    .innerJoin(providers, eq(providers.id, activities.providerId))
    .where(
      and(
        gte(activities.firstStartsAt, from),
        providerId ? eq(activities.providerId, providerId) : undefined,
      ),
    )
    .orderBy(asc(activities.firstStartsAt));
}

export async function activityById(db: Db, id: string) {
  const [row] = await db
    .select({ activity: activities, provider: { slug: providers.slug, name: providers.name } })
    .from(activities)
    .innerJoin(providers, eq(providers.id, activities.providerId))
    .where(eq(activities.id, id));
  return row;
}

export async function capacityOf(tx: Tx, id: string): Promise<number> {
  const [row] = await tx
    .select({ capacity: activities.capacity })
    .from(activities)
    .where(eq(activities.id, id));
  return row?.capacity ?? 0;
}

/** Confirmed places per activity. */
export async function takenPlaces(db: Db | Tx, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: activitySignups.activityId, n: count() })
    .from(activitySignups)
    .where(and(inArray(activitySignups.activityId, ids), eq(activitySignups.status, 'confirmed')))
    .groupBy(activitySignups.activityId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

/**
 * Runs `work` with the activity's row locked, so two sign-ups or a sign-up and a cancellation never both
 * count the same free place.
 */
export async function withActivityLocked<T>(db: Db, activityId: string, work: (tx: Tx) => Promise<T>) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select id from ${activities} where id = ${activityId} for update`);
    return work(tx);
  });
}

/** The person's live (not cancelled) sign-up for an activity, by account or by address. */
export async function openSignup(tx: Tx, activityId: string, who: { userId?: string; email: string }) {
  const [row] = await tx
    .select()
    .from(activitySignups)
    .where(
      and(
        eq(activitySignups.activityId, activityId),
        ne(activitySignups.status, 'cancelled'),
        who.userId
          ? eq(activitySignups.userId, who.userId)
          : sql`lower(${activitySignups.email}) = lower(${who.email})`,
      ),
    )
    .limit(1);
  return row;
}

export async function insertSignup(tx: Tx, row: typeof activitySignups.$inferInsert) {
  await tx.insert(activitySignups).values(row);
}

export async function updateSignup(db: Db | Tx, id: string, patch: Partial<SignupRow>) {
  await db.update(activitySignups).set(patch).where(eq(activitySignups.id, id));
}

export async function signupByHash(db: Db, column: 'confirmTokenHash' | 'cancelTokenHash', hash: string) {
  const [row] = await db.select().from(activitySignups).where(eq(activitySignups[column], hash));
  return row;
}

/** The next person on the waiting list: the one who confirmed first. */
export async function firstWaiting(tx: Tx, activityId: string) {
  const [row] = await tx
    .select()
    .from(activitySignups)
    .where(and(eq(activitySignups.activityId, activityId), eq(activitySignups.status, 'waiting')))
    .orderBy(asc(activitySignups.confirmedAt), asc(activitySignups.createdAt))
    .limit(1);
  return row;
}

export async function signupsOf(db: Db, activityId: string) {
  return db
    .select()
    .from(activitySignups)
    .where(and(eq(activitySignups.activityId, activityId), ne(activitySignups.status, 'unconfirmed')))
    .orderBy(asc(activitySignups.confirmedAt));
}
