import type { Db } from '../../db/client';
import { requireMeeting, requireMember, requireRole } from '../groups/policy';

/**
 * Every member may read how long the group keeps case content, and when a meeting's goes, so a case-giver
 * knows before bringing a case in; only admins change it (403 for other members, 404 for non-members).
 */
export const retentionPolicy = {
  read: (db: Db, userId: string, groupId: string) => requireMember(db, userId, groupId),
  change: (db: Db, userId: string, groupId: string) => requireRole(db, userId, groupId, 'admin'),
  readMeeting: (db: Db, userId: string, meetingId: string) => requireMeeting(db, userId, meetingId),
};
