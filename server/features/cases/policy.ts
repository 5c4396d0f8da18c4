import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import type { GroupAccess } from '../groups/access';
import { assertRole, requireMember } from '../groups/policy';
import type { CaseRow } from './repo';
import * as repo from './repo';

export type CaseAccess = { access: GroupAccess; row: CaseRow; isAuthor: boolean };

/**
 * Loads a case for the caller. Non-members and other people's drafts are 404; the author always sees it;
 * everyone else needs the current ground rules accepted (403 rules_not_accepted) and must not have stepped
 * out of it (403 case_recused).
 */
export async function requireCase(
  db: Db,
  userId: string,
  caseId: string,
  need: 'content' | 'presence' = 'content',
): Promise<CaseAccess> {
  const row = await repo.findCase(db, caseId);
  if (!row) throw new AppError('not_found', 404);
  const access = await requireMember(db, userId, row.groupId);
  const isAuthor = row.authorId === userId;
  if (isAuthor) return { access, row, isAuthor };
  if (row.status === 'draft') throw new AppError('not_found', 404);
  if (need === 'presence') return { access, row, isAuthor };
  if (!access.acceptedCurrentRules) throw new AppError('rules_not_accepted', 403);
  if ((await repo.recusedCaseIds(db, userId, [caseId])).has(caseId)) throw new AppError('case_recused', 403);
  return { access, row, isAuthor };
}

/**
 * Deleting a case: its author always may, also after leaving the group or being removed from it
 * (ACCOUNT-4: what someone wrote stays theirs to take back); anyone else must be an admin of its group.
 */
export async function requireCaseDeletion(db: Db, userId: string, caseId: string): Promise<CaseRow> {
  const row = await repo.findCase(db, caseId);
  if (!row) throw new AppError('not_found', 404);
  if (row.authorId === userId) return row;
  assertRole((await requireCase(db, userId, caseId, 'presence')).access, 'admin');
  return row;
}
