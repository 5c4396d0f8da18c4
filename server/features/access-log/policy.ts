import type { Db } from '../../db/client';
import { requireRole } from '../groups/policy';

/** Only a group's admins read who read what (AUDIT-2): other members 403, non-members 404. */
export const accessLogPolicy = {
  read: (db: Db, userId: string, groupId: string) => requireRole(db, userId, groupId, 'admin'),
};
