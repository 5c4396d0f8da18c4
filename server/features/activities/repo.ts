import { and, asc, count, eq, gte, inArray, isNotNull, isNull, lte, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { activities, activitySignups, providerMembers, providers, users } from '../../db/schema';

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

const listed = { activity: activities, provider: { slug: providers.slug, name: providers.name } };

/** Activities with their provider's slug and name, where `where` holds. */
function listedWhere(db: Db, where: SQL | undefined) {
  return db
    .select(listed)
    .from(activities)
    .innerJoin(providers, eq(providers.id, activities.providerId))
    .where(where);
}

/** Published and not cancelled: what the public may see. */
const onOffer = () => and(isNotNull(activities.publishedAt), isNull(activities.cancelledAt));

/** Published, not cancelled activities whose first meeting is at or after `from`, soonest first; optionally of one provider. */
export async function upcomingActivities(db: Db, from: Date, providerId?: string) {
  return listedWhere(
    db,
    and(
      gte(activities.firstStartsAt, from),
      onOffer(),
      providerId ? eq(activities.providerId, providerId) : undefined,
    ),
  ).orderBy(asc(activities.firstStartsAt));
}

/** Every activity of a provider, drafts, past and cancelled ones included: its own accounts' overview. */
export async function allActivitiesOf(db: Db, providerId: string) {
  return listedWhere(db, eq(activities.providerId, providerId)).orderBy(asc(activities.firstStartsAt));
}

export async function updateActivity(db: Db | Tx, id: string, patch: Partial<ActivityRow>) {
  await db.update(activities).set(patch).where(eq(activities.id, id));
}

/**
 * Sets a job's mark on the activity if it was not set yet; true for the one caller that set it, so a
 * reminder or a group is made once however many processes run the job.
 */
export async function claim(
  db: Db,
  id: string,
  column: 'remindedAt' | 'startedAt',
  at: Date,
): Promise<boolean> {
  const rows = await db
    .update(activities)
    .set({ [column]: at })
    .where(and(eq(activities.id, id), isNull(activities[column])))
    .returning({ id: activities.id });
  return rows.length === 1;
}

/** Published activities not cancelled whose first meeting starts by `until` and whose `column` is unset. */
export async function dueActivities(db: Db, until: Date, column: 'remindedAt' | 'startedAt') {
  return listedWhere(db, and(lte(activities.firstStartsAt, until), onOffer(), isNull(activities[column])));
}

export async function providerMembersOf(db: Db, providerId: string) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(providerMembers)
    .innerJoin(users, eq(users.id, providerMembers.userId))
    .where(eq(providerMembers.providerId, providerId))
    .orderBy(asc(users.name));
}

export async function addProviderMember(db: Db, providerId: string, userId: string) {
  await db.insert(providerMembers).values({ providerId, userId }).onConflictDoNothing();
}

export async function removeProviderMember(db: Db, providerId: string, userId: string) {
  await db
    .delete(providerMembers)
    .where(and(eq(providerMembers.providerId, providerId), eq(providerMembers.userId, userId)));
}

/** The confirmed account of an address, if any. */
export async function verifiedUserByEmail(db: Db, email: string) {
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(sql`lower(${users.email}) = lower(${email})`, eq(users.emailVerified, true)));
  return row;
}

/** Sign-ups still holding a place or waiting for one. */
export async function liveSignups(db: Db, activityId: string, statuses: ('confirmed' | 'waiting')[]) {
  return db
    .select()
    .from(activitySignups)
    .where(and(eq(activitySignups.activityId, activityId), inArray(activitySignups.status, statuses)))
    .orderBy(asc(activitySignups.confirmedAt));
}

/** Waiting sign-ups per activity. */
export async function waitingCounts(db: Db, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: activitySignups.activityId, n: count() })
    .from(activitySignups)
    .where(and(inArray(activitySignups.activityId, ids), eq(activitySignups.status, 'waiting')))
    .groupBy(activitySignups.activityId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

export async function activityById(db: Db | Tx, id: string) {
  const [row] = await db
    .select(listed)
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

export async function signupById(tx: Tx, id: string) {
  const [row] = await tx.select().from(activitySignups).where(eq(activitySignups.id, id));
  return row;
}

export async function isCancelled(tx: Tx, activityId: string): Promise<boolean> {
  const [row] = await tx
    .select({ cancelledAt: activities.cancelledAt })
    .from(activities)
    .where(eq(activities.id, activityId));
  return row?.cancelledAt != null;
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
