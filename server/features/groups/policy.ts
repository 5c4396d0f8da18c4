import type { GroupRole } from '../../../core/api/groups';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { type GroupAccess, groupAccess, type MeetingAccess, meetingAccess } from './access';

// Non-members get 404 for everything in a group, so a group's existence never leaks.
const notFound = () => new AppError('not_found', 404);

const RANK: Record<GroupRole, number> = { member: 0, facilitator: 1, admin: 2 };

/** The caller's access to a group, or a 404 for non-members. */
export async function requireMember(db: Db, userId: string, groupId: string): Promise<GroupAccess> {
  const access = await groupAccess(db, userId, groupId);
  if (!access) throw notFound();
  return access;
}

/** The caller's access when their role is at least `min`; members below it get 403. */
export async function requireRole(
  db: Db,
  userId: string,
  groupId: string,
  min: GroupRole,
): Promise<GroupAccess> {
  const access = await requireMember(db, userId, groupId);
  assertRole(access, min);
  return access;
}

export function assertRole(access: GroupAccess, min: GroupRole): void {
  if (RANK[access.role] < RANK[min]) throw new AppError('forbidden', 403);
}

/** Case content is only for members who accepted the current ground rules. */
export function assertAccepted(access: GroupAccess): void {
  if (!access.acceptedCurrentRules) throw new AppError('rules_not_accepted', 403);
}

/** The caller's access to a meeting's group, or a 404 for unknown meetings and non-members. */
export async function requireMeeting(db: Db, userId: string, meetingId: string, min: GroupRole = 'member') {
  const access: MeetingAccess | null = await meetingAccess(db, userId, meetingId);
  if (!access) throw notFound();
  assertRole(access, min);
  return access;
}
