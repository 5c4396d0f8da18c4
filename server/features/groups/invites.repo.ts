import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { invites } from '../../db/schema/index';

export type InviteRow = typeof invites.$inferSelect;

export async function insertInvite(db: Db, row: typeof invites.$inferInsert): Promise<InviteRow> {
  const [created] = await db.insert(invites).values(row).returning();
  return created!;
}

/** Invites that can still be used: not revoked, not expired. */
export async function openInvites(db: Db, groupId: string, now: Date): Promise<InviteRow[]> {
  return db
    .select()
    .from(invites)
    .where(and(eq(invites.groupId, groupId), isNull(invites.revokedAt), gt(invites.expiresAt, now)))
    .orderBy(invites.createdAt);
}

export async function findInviteByHash(db: Db, tokenHash: string): Promise<InviteRow | undefined> {
  const [row] = await db.select().from(invites).where(eq(invites.tokenHash, tokenHash));
  return row;
}

export async function revokeInvite(db: Db, groupId: string, inviteId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(invites)
    .set({ revokedAt: now })
    .where(and(eq(invites.id, inviteId), eq(invites.groupId, groupId), isNull(invites.revokedAt)))
    .returning({ id: invites.id });
  return rows.length > 0;
}

/** Counts a use; an e-mail invite is used up (revoked) after one acceptance. */
export async function markInviteUsed(db: Db, invite: InviteRow, now: Date): Promise<void> {
  await db
    .update(invites)
    .set({ usedCount: sql`${invites.usedCount} + 1`, ...(invite.kind === 'email' ? { revokedAt: now } : {}) })
    .where(eq(invites.id, invite.id));
}
