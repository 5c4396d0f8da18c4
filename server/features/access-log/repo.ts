import { desc, eq } from 'drizzle-orm';
import type { AccessKind } from '../../../core/api/access-log';
import type { Db } from '../../db/client';
import { accessLog, users } from '../../db/schema/index';

export type AccessRecord = {
  groupId: string;
  meetingId: string;
  meetingStartsAt: Date;
  userId: string;
  kind: AccessKind;
  at: Date;
};

export async function insertAccess(db: Db, records: AccessRecord[]): Promise<void> {
  if (records.length > 0) await db.insert(accessLog).values(records);
}

/** The group's newest entries first, with the reader's name (null once their account is gone). */
export async function listAccess(db: Db, groupId: string, limit: number) {
  return db
    .select({
      name: users.name,
      kind: accessLog.kind,
      meetingId: accessLog.meetingId,
      meetingStartsAt: accessLog.meetingStartsAt,
      at: accessLog.at,
    })
    .from(accessLog)
    .leftJoin(users, eq(users.id, accessLog.userId))
    .where(eq(accessLog.groupId, groupId))
    .orderBy(desc(accessLog.at), desc(accessLog.id))
    .limit(limit);
}

/** What one person read, for their own data export. */
export async function accessBy(db: Db, userId: string) {
  return db
    .select({
      groupId: accessLog.groupId,
      kind: accessLog.kind,
      meetingId: accessLog.meetingId,
      meetingStartsAt: accessLog.meetingStartsAt,
      at: accessLog.at,
    })
    .from(accessLog)
    .where(eq(accessLog.userId, userId))
    .orderBy(desc(accessLog.at));
}
