import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { requireMeeting } from '../groups/policy';
import { trajectoryAccess } from '../trajectories/policy';

/**
 * A learning record is its owner's: every route works on the caller's own rows only. Members of the group
 * write questions and reflections; what others shared is read only by the trajectory's own facilitator.
 */
export const learningPolicy = {
  question: (db: Db, userId: string, trajectoryId: string) => trajectoryAccess(db, userId, trajectoryId),
  reflection: async (db: Db, userId: string, meetingId: string) =>
    (await requireMeeting(db, userId, meetingId)).meeting,
  async shared(db: Db, userId: string, trajectoryId: string) {
    const { trajectory } = await trajectoryAccess(db, userId, trajectoryId);
    if (trajectory.facilitatorId !== userId) throw new AppError('forbidden', 403);
    return trajectory;
  },
};
