import type { Statement, StatementInput, StatementView } from '../../../core/api/register';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import type { TrajectoryRow } from '../trajectories/repo';
import * as repo from './repo';

export const statementOf = (r: Awaited<ReturnType<typeof repo.statementsOf>>[number]): Statement => ({
  trajectoryId: r.row.trajectoryId,
  trajectoryName: r.trajectoryName,
  groupName: r.groupName,
  facilitatorName: r.row.facilitatorName,
  register: r.row.register,
  registrationNumber: r.row.registrationNumber,
  text: r.row.text,
  signature: r.row.signature,
  signedAt: r.row.signedAt.toISOString(),
});

export async function readStatement(
  db: Db,
  userId: string,
  trajectory: TrajectoryRow,
): Promise<StatementView> {
  const [found] = await repo.statementsOf(db, [trajectory.id]);
  return { statement: found ? statementOf(found) : null, maySign: trajectory.facilitatorId === userId };
}

/** The trajectory's facilitator signs (or signs anew) its statement once a meeting of it ended (REG-6). */
export async function signStatement(
  db: Db,
  signer: { id: string; name: string },
  trajectory: TrajectoryRow,
  input: Omit<StatementInput, 'confirm'>,
  now: Date,
): Promise<StatementView> {
  if (trajectory.facilitatorId !== signer.id) throw new AppError('forbidden', 403);
  if ((await repo.endedMeetingCount(db, trajectory.id)) === 0) throw new AppError('meeting_not_ended', 409);
  await repo.saveStatement(db, {
    trajectoryId: trajectory.id,
    facilitatorId: signer.id,
    facilitatorName: signer.name,
    register: input.register,
    registrationNumber: input.registrationNumber,
    text: input.text,
    signature: input.signature,
    signedAt: now,
  });
  return readStatement(db, signer.id, trajectory);
}
