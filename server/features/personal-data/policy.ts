import type { AccountDeletion } from '../../../core/api/personal-data';
import type { Db } from '../../db/client';
import { groupsClosedWith, groupsToHandOver } from './service';

/**
 * A person's own data is theirs alone: every route here acts on the signed-in user's id, never on an id
 * from the request. Deleting the account waits while they are the last admin of a group with others in it
 * (ACCOUNT-2): they hand over or close the group first. Groups they are alone in close with it (ACCOUNT-3).
 */
export async function deletionBlockers(db: Db, userId: string): Promise<AccountDeletion> {
  return { lastAdminOf: await groupsToHandOver(db, userId), closes: await groupsClosedWith(db, userId) };
}
