import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import type { GroupAccess } from '../groups/access';
import { assertRole, requireMeeting, requireMember, requireRole } from '../groups/policy';
import { findTrajectory, type TrajectoryRow } from './repo';

/**
 * Every member reads the group's trajectories; admins and facilitators plan them (as they plan meetings).
 * Anyone outside the group gets 404, also for a trajectory id of another group.
 */
export const trajectoryPolicy = {
  list: (db: Db, userId: string, groupId: string) => requireMember(db, userId, groupId),
  create: (db: Db, userId: string, groupId: string) => requireRole(db, userId, groupId, 'facilitator'),
  read: (db: Db, userId: string, trajectoryId: string) => trajectoryAccess(db, userId, trajectoryId),
  async plan(db: Db, userId: string, trajectoryId: string) {
    const found = await trajectoryAccess(db, userId, trajectoryId);
    assertRole(found.access, 'facilitator');
    return found;
  },
  /** A planner may add only a meeting of the trajectory's own group. */
  async planMeeting(db: Db, userId: string, trajectory: TrajectoryRow, meetingId: string) {
    const meeting = await requireMeeting(db, userId, meetingId, 'facilitator');
    if (meeting.groupId !== trajectory.groupId) throw new AppError('not_found', 404);
    return meeting.meeting;
  },
  /** The group's evaluation is written by those who plan; each member writes their own. */
  evaluate(access: GroupAccess, scope: 'group' | 'individual') {
    if (scope === 'group') assertRole(access, 'facilitator');
  },
};

export async function trajectoryAccess(
  db: Db,
  userId: string,
  trajectoryId: string,
): Promise<{ trajectory: TrajectoryRow; access: GroupAccess }> {
  const trajectory = await findTrajectory(db, trajectoryId);
  if (!trajectory) throw new AppError('not_found', 404);
  const access = await requireMember(db, userId, trajectory.groupId);
  return { trajectory, access };
}
