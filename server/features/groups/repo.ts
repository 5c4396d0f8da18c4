import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  groundRuleAcceptances,
  groundRuleVersions,
  groups,
  memberRemovals,
  memberships,
  users,
} from '../../db/schema/index';

export type GroupRow = typeof groups.$inferSelect;
export type RuleItems = { title: string; body: string }[];
type Role = 'member' | 'facilitator' | 'admin';

/** Inserts a group with its creator as admin and the first ground-rules version, in one transaction. */
export async function insertGroup(
  db: Db,
  group: { id: string; name: string; description: string; language: string },
  creatorId: string,
  rules: RuleItems,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(groups).values(group);
    await tx.insert(memberships).values({ groupId: group.id, userId: creatorId, role: 'admin' });
    await tx
      .insert(groundRuleVersions)
      .values({ groupId: group.id, version: 1, items: rules, createdBy: creatorId });
  });
}

export async function findGroup(db: Db, groupId: string): Promise<GroupRow | undefined> {
  const [row] = await db.select().from(groups).where(eq(groups.id, groupId));
  return row;
}

export async function updateGroupRow(db: Db, groupId: string, patch: Partial<GroupRow>): Promise<void> {
  if (Object.keys(patch).length) await db.update(groups).set(patch).where(eq(groups.id, groupId));
}

export async function deleteGroupRow(db: Db, groupId: string): Promise<void> {
  await db.delete(groups).where(eq(groups.id, groupId));
}

/** Ids of the groups the user belongs to, with their role. */
export async function groupIdsOf(db: Db, userId: string): Promise<{ groupId: string; role: Role }[]> {
  return db
    .select({ groupId: memberships.groupId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, userId));
}

export async function groupsByIds(db: Db, ids: string[]): Promise<GroupRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(groups).where(inArray(groups.id, ids)).orderBy(asc(groups.name));
}

export async function memberCount(db: Db, groupId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(memberships).where(eq(memberships.groupId, groupId));
  return row?.n ?? 0;
}

export async function currentRules(db: Db, groupId: string) {
  const [row] = await db
    .select()
    .from(groundRuleVersions)
    .where(eq(groundRuleVersions.groupId, groupId))
    .orderBy(desc(groundRuleVersions.version))
    .limit(1);
  return row;
}

/** Members with name, role and whether they accepted the given rules version. */
export async function listMembers(db: Db, groupId: string, version: number) {
  const rows = await db
    .select({
      userId: memberships.userId,
      name: users.name,
      email: users.email,
      locale: users.locale,
      role: memberships.role,
      joinedAt: memberships.joinedAt,
      accepted: sql<boolean>`exists (select 1 from ${groundRuleAcceptances} a where a.group_id = "memberships"."group_id"
        and a.user_id = "memberships"."user_id" and a.version = ${version})`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.groupId, groupId))
    .orderBy(asc(users.name));
  return rows.map((r) => ({ ...r, accepted: Boolean(r.accepted) }));
}

/** Runs inside addMemberIfRoom's transaction just before the insert; false refuses the join ('invalid'). */
export type JoinClaim = (tx: Tx) => Promise<boolean>;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Adds a member unless the group is full. Counting and inserting happen under a row lock on the group,
 * so two people accepting the last free place at once cannot make eleven. `claim` (an invite's use) is
 * taken in the same transaction, so a one-use invite admits one person however many accept at once.
 */
export async function addMemberIfRoom(
  db: Db,
  groupId: string,
  userId: string,
  max: number,
  claim: JoinClaim = async () => true,
): Promise<'added' | 'already' | 'full' | 'invalid'> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select id from ${groups} where id = ${groupId} for update`);
    const [existing] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.groupId, groupId), eq(memberships.userId, userId)));
    if (existing) return 'already';
    const [row] = await tx.select({ n: count() }).from(memberships).where(eq(memberships.groupId, groupId));
    if ((row?.n ?? 0) >= max) return 'full';
    if (!(await claim(tx))) return 'invalid';
    await tx.insert(memberships).values({ groupId, userId, role: 'member' });
    return 'added';
  });
}

export async function setRole(db: Db, groupId: string, userId: string, role: Role): Promise<void> {
  await db
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.groupId, groupId), eq(memberships.userId, userId)));
}

/** Removes a membership; `removedAt` (someone else removed them) also shuts the invites made before it. */
export async function removeMember(db: Db, groupId: string, userId: string, removedAt?: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(memberships).where(and(eq(memberships.groupId, groupId), eq(memberships.userId, userId)));
    if (!removedAt) return;
    await tx
      .insert(memberRemovals)
      .values({ groupId, userId, removedAt })
      .onConflictDoUpdate({ target: [memberRemovals.groupId, memberRemovals.userId], set: { removedAt } });
  });
}

export async function adminCount(db: Db, groupId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.groupId, groupId), eq(memberships.role, 'admin')));
  return row?.n ?? 0;
}

export async function insertRulesVersion(
  db: Db,
  groupId: string,
  items: RuleItems,
  by: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select id from ${groups} where id = ${groupId} for update`);
    const [row] = await tx
      .select({ v: sql<number>`coalesce(max(${groundRuleVersions.version}), 0)` })
      .from(groundRuleVersions)
      .where(eq(groundRuleVersions.groupId, groupId));
    await tx
      .insert(groundRuleVersions)
      .values({ groupId, version: Number(row?.v ?? 0) + 1, items, createdBy: by });
  });
}

export async function insertAcceptance(
  db: Db,
  groupId: string,
  userId: string,
  version: number,
): Promise<void> {
  await db.insert(groundRuleAcceptances).values({ groupId, userId, version }).onConflictDoNothing();
}

export async function findUser(db: Db, userId: string) {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  return row;
}

/** Member ids of a group. */
export async function groupIdsOfGroup(db: Db, groupId: string) {
  return db.select({ userId: memberships.userId }).from(memberships).where(eq(memberships.groupId, groupId));
}
