import { and, asc, desc, eq, gte, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { groundRuleAcceptances, invites, meetings, memberships, onboarding } from '../../db/schema';

/** The person's groups, those they administer first, then in the order they joined. */
export function groupsOf(db: Db, userId: string) {
  return db
    .select({ groupId: memberships.groupId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.joinedAt));
}

export async function acceptedVersions(db: Db, groupId: string, userId: string): Promise<number[]> {
  const rows = await db
    .select({ version: groundRuleAcceptances.version })
    .from(groundRuleAcceptances)
    .where(and(eq(groundRuleAcceptances.groupId, groupId), eq(groundRuleAcceptances.userId, userId)));
  return rows.map((r) => r.version);
}

/** The group's next meeting from now, else its latest one. */
export async function meetingToShow(db: Db, groupId: string, now: Date): Promise<string | null> {
  const [next] = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.groupId, groupId), gte(meetings.startsAt, now)))
    .orderBy(asc(meetings.startsAt))
    .limit(1);
  if (next) return next.id;
  const [latest] = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(eq(meetings.groupId, groupId))
    .orderBy(desc(meetings.startsAt))
    .limit(1);
  return latest?.id ?? null;
}

export async function hasOpenInvite(db: Db, groupId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: invites.id })
    .from(invites)
    .where(and(eq(invites.groupId, groupId), isNull(invites.revokedAt)))
    .limit(1);
  return row !== undefined;
}

export async function marks(db: Db, userId: string) {
  const [row] = await db.select().from(onboarding).where(eq(onboarding.userId, userId));
  return row;
}

export async function setMark(db: Db, userId: string, column: 'projectorOpenedAt' | 'dismissedAt') {
  const at = new Date();
  await db
    .insert(onboarding)
    .values({ userId, [column]: at })
    .onConflictDoUpdate({ target: onboarding.userId, set: { [column]: at } });
}
