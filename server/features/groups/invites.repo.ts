import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { invites, memberRemovals } from '../../db/schema/index';
import type { JoinClaim } from './repo';

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

/**
 * Gives the open e-mail invite of `email` (any letter case) in the group a new token and expiry, so a
 * second invitation to the same address renews the first instead of adding another open one.
 */
export async function renewEmailInvite(
  db: Db,
  groupId: string,
  email: string,
  renewal: { tokenHash: string; expiresAt: Date; now: Date },
): Promise<InviteRow | undefined> {
  const [row] = await db
    .update(invites)
    .set({ tokenHash: renewal.tokenHash, expiresAt: renewal.expiresAt, createdAt: renewal.now })
    .where(
      and(
        eq(invites.groupId, groupId),
        eq(invites.kind, 'email'),
        sql`lower(${invites.email}) = ${email.toLowerCase()}`,
        isNull(invites.revokedAt),
        gt(invites.expiresAt, renewal.now),
      ),
    )
    .returning();
  return row;
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

/**
 * Takes one use of the invite for `userId`, inside the joining transaction: only while it is open (a
 * revoked or expired invite is never counted), not for someone removed from the group after it was made,
 * and an e-mail invite only once (it is used up by setting revoked_at, in the same conditional update).
 */
export function claimInvite(invite: InviteRow, userId: string, now: Date): JoinClaim {
  return async (tx) => {
    const [removal] = await tx
      .select({ at: memberRemovals.removedAt })
      .from(memberRemovals)
      .where(and(eq(memberRemovals.groupId, invite.groupId), eq(memberRemovals.userId, userId)));
    if (removal && removal.at >= invite.createdAt) return false;
    const used = await tx
      .update(invites)
      .set({
        usedCount: sql`${invites.usedCount} + 1`,
        ...(invite.kind === 'email' ? { revokedAt: now } : {}),
      })
      .where(and(eq(invites.id, invite.id), isNull(invites.revokedAt), gt(invites.expiresAt, now)))
      .returning({ id: invites.id });
    return used.length > 0;
  };
}
