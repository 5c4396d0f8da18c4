import { getMethod } from '../../../core/methods/index';
import type { Method } from '../../../core/methods/schema';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { findVersion } from './repo';

/** A method to freeze into a meeting, with the group version it came from (if any). */
export type ResolvedMethod = { method: Method; versionId?: string };

/**
 * A library method by id, or one of this group's own versions; null when neither exists (another
 * group's version counts as not existing).
 */
export async function resolveMethod(
  db: Db,
  groupId: string,
  ref: { methodId?: string | null; versionId?: string | null },
): Promise<ResolvedMethod | null> {
  if (ref.versionId) {
    const row = await findVersion(db, groupId, ref.versionId);
    return row ? { method: row.definition, versionId: row.id } : null;
  }
  const method = ref.methodId ? getMethod(ref.methodId) : undefined;
  return method ? { method } : null;
}

/** Refuses a planned method that is neither in the library nor one of this group's versions. */
export async function assertPlannedMethod(
  db: Db,
  groupId: string,
  ref: { methodId?: string | null | undefined; methodVersionId?: string | null | undefined },
): Promise<void> {
  if (!ref.methodId && !ref.methodVersionId) return;
  const found = await resolveMethod(db, groupId, { methodId: ref.methodId, versionId: ref.methodVersionId });
  if (!found) throw new AppError('method_not_found', 400);
}
