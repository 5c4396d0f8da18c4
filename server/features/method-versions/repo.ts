import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Method } from '../../../core/methods/schema';
import type { Db } from '../../db/client';
import { methodVersions } from '../../db/schema/index';

export type MethodVersionRow = typeof methodVersions.$inferSelect;

/**
 * Freezes a version: the meeting engine calls this when a meeting starts running it. Later edits of the
 * lineage then create a new version. Idempotent; returns false when the version does not exist.
 */
export async function markVersionUsed(db: Db, versionId: string): Promise<boolean> {
  await db
    .update(methodVersions)
    .set({ usedAt: sql`now()` })
    .where(and(eq(methodVersions.id, versionId), isNull(methodVersions.usedAt)));
  const [row] = await db
    .select({ id: methodVersions.id })
    .from(methodVersions)
    .where(eq(methodVersions.id, versionId));
  return Boolean(row);
}

/** One version of a group's method, or null when it is not this group's (the caller answers 404). */
export async function findVersion(
  db: Db,
  groupId: string,
  versionId: string,
): Promise<MethodVersionRow | null> {
  const [row] = await db
    .select()
    .from(methodVersions)
    .where(and(eq(methodVersions.id, versionId), eq(methodVersions.groupId, groupId)));
  return row ?? null;
}

/** Every version of one lineage, oldest first. */
export async function lineageHistory(
  db: Db,
  groupId: string,
  lineageId: string,
): Promise<MethodVersionRow[]> {
  return db
    .select()
    .from(methodVersions)
    .where(and(eq(methodVersions.groupId, groupId), eq(methodVersions.lineageId, lineageId)))
    .orderBy(asc(methodVersions.version));
}

/** The newest version of every lineage in the group, most recently changed first. */
export async function latestVersions(db: Db, groupId: string): Promise<MethodVersionRow[]> {
  const rows = await db
    .select()
    .from(methodVersions)
    .where(eq(methodVersions.groupId, groupId))
    .orderBy(desc(methodVersions.version));
  const newest = new Map<string, MethodVersionRow>();
  for (const row of rows) if (!newest.has(row.lineageId)) newest.set(row.lineageId, row);
  return [...newest.values()].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
}

type NewVersion = { groupId: string; baseMethodId: string; definition: Method; createdBy: string };

/** Starts a new lineage at version 1. */
export async function insertFirstVersion(db: Db, input: NewVersion): Promise<MethodVersionRow> {
  const [row] = await db
    .insert(methodVersions)
    .values({ id: randomUUID(), lineageId: randomUUID(), version: 1, ...input })
    .returning();
  return row!;
}

/** Appends the next version to a lineage; the unique index turns a concurrent save into a retry. */
export async function insertNextVersion(
  db: Db,
  lineageId: string,
  input: NewVersion,
  attempt = 0,
): Promise<MethodVersionRow> {
  const [top] = await db
    .select({ max: sql<number>`max(${methodVersions.version})` })
    .from(methodVersions)
    .where(and(eq(methodVersions.groupId, input.groupId), eq(methodVersions.lineageId, lineageId)));
  try {
    const [row] = await db
      .insert(methodVersions)
      .values({ id: randomUUID(), lineageId, version: Number(top?.max ?? 0) + 1, ...input })
      .returning();
    return row!;
  } catch (error) {
    if (attempt < 3) return insertNextVersion(db, lineageId, input, attempt + 1);
    throw error;
  }
}

/** Overwrites a version only while no meeting has used it; null when it was frozen in the meantime. */
export async function updateUnusedVersion(
  db: Db,
  versionId: string,
  definition: Method,
): Promise<MethodVersionRow | null> {
  const [row] = await db
    .update(methodVersions)
    .set({ definition, updatedAt: sql`now()` })
    .where(and(eq(methodVersions.id, versionId), isNull(methodVersions.usedAt)))
    .returning();
  return row ?? null;
}

/** Deletes a version only while no meeting has used it; false when it is in use. */
export async function deleteUnusedVersion(db: Db, versionId: string): Promise<boolean> {
  const rows = await db
    .delete(methodVersions)
    .where(and(eq(methodVersions.id, versionId), isNull(methodVersions.usedAt)))
    .returning({ id: methodVersions.id });
  return rows.length > 0;
}
