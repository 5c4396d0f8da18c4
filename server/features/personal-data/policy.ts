import type { Db } from '../../db/client';
import { groupsToHandOver } from './service';

/**
 * A person's own data is theirs alone: every route here acts on the signed-in user's id, never on an id
 * from the request. Deleting the account waits while they are the last admin of a group with others in it
 * (ACCOUNT-2): they hand over or close the group first.
 */
export async function deletionBlockers(db: Db, userId: string) {
  return { lastAdminOf: await groupsToHandOver(db, userId) };
}
