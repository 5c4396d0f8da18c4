import { and, asc, eq, inArray, isNull, notExists } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  meetings,
  memberships,
  trajectories,
  trajectoryEvaluations,
  trajectoryMeetings,
  users,
} from '../../db/schema/index';

export type TrajectoryRow = typeof trajectories.$inferSelect;
export type PlanRow = typeof trajectoryMeetings.$inferSelect;
export type EvaluationRow = typeof trajectoryEvaluations.$inferSelect;

export async function insertTrajectory(db: Db, row: typeof trajectories.$inferInsert): Promise<void> {
  await db.insert(trajectories).values(row);
}

export async function findTrajectory(db: Db, id: string): Promise<TrajectoryRow | undefined> {
  const [row] = await db.select().from(trajectories).where(eq(trajectories.id, id));
  return row;
}

export async function groupTrajectories(db: Db, groupId: string): Promise<TrajectoryRow[]> {
  return db
    .select()
    .from(trajectories)
    .where(eq(trajectories.groupId, groupId))
    .orderBy(asc(trajectories.startsOn), asc(trajectories.createdAt));
}

export async function updateTrajectoryRow(db: Db, id: string, patch: Partial<TrajectoryRow>): Promise<void> {
  await db.update(trajectories).set(patch).where(eq(trajectories.id, id));
}

/** The trajectory's meetings with their plan, in time order. */
export async function plannedMeetings(db: Db, trajectoryId: string) {
  return db
    .select({ meeting: meetings, facilitatorMode: trajectoryMeetings.facilitatorMode })
    .from(trajectoryMeetings)
    .innerJoin(meetings, eq(meetings.id, trajectoryMeetings.meetingId))
    .where(eq(trajectoryMeetings.trajectoryId, trajectoryId))
    .orderBy(asc(meetings.startsAt));
}

export async function meetingCounts(db: Db, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ trajectoryId: trajectoryMeetings.trajectoryId })
    .from(trajectoryMeetings)
    .innerJoin(meetings, eq(meetings.id, trajectoryMeetings.meetingId))
    // Practice meetings are left out (PRACTICE-3); trajectoryDetail checks the frozen setup as well.
    .where(and(inArray(trajectoryMeetings.trajectoryId, ids), isNull(meetings.practice)));
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.trajectoryId, (counts.get(r.trajectoryId) ?? 0) + 1);
  return counts;
}

/** The group's meetings that belong to no trajectory yet and could (no practice meetings, PRACTICE-3). */
export async function unplannedMeetings(db: Db, groupId: string) {
  return db
    .select({ id: meetings.id, startsAt: meetings.startsAt, timeZone: meetings.timeZone })
    .from(meetings)
    .where(
      and(
        eq(meetings.groupId, groupId),
        isNull(meetings.practice),
        notExists(db.select().from(trajectoryMeetings).where(eq(trajectoryMeetings.meetingId, meetings.id))),
      ),
    )
    .orderBy(asc(meetings.startsAt));
}

export async function findPlan(db: Db, meetingId: string): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(trajectoryMeetings).where(eq(trajectoryMeetings.meetingId, meetingId));
  return row;
}

export async function savePlan(db: Db, row: PlanRow): Promise<void> {
  await db
    .insert(trajectoryMeetings)
    .values(row)
    .onConflictDoUpdate({
      target: trajectoryMeetings.meetingId,
      set: { facilitatorMode: row.facilitatorMode },
    });
}

export async function deletePlan(db: Db, trajectoryId: string, meetingId: string): Promise<void> {
  await db
    .delete(trajectoryMeetings)
    .where(
      and(eq(trajectoryMeetings.meetingId, meetingId), eq(trajectoryMeetings.trajectoryId, trajectoryId)),
    );
}

export async function evaluationsOf(db: Db, trajectoryId: string) {
  return db
    .select({ evaluation: trajectoryEvaluations, name: users.name })
    .from(trajectoryEvaluations)
    .innerJoin(users, eq(users.id, trajectoryEvaluations.userId))
    .where(eq(trajectoryEvaluations.trajectoryId, trajectoryId))
    .orderBy(asc(trajectoryEvaluations.updatedAt));
}

export async function saveEvaluation(db: Db, row: Omit<EvaluationRow, 'updatedAt'>, at: Date): Promise<void> {
  const { trajectoryId: _t, userId: _u, scope: _s, ...rest } = row;
  await db
    .insert(trajectoryEvaluations)
    .values({ ...row, updatedAt: at })
    .onConflictDoUpdate({
      target: [trajectoryEvaluations.trajectoryId, trajectoryEvaluations.userId, trajectoryEvaluations.scope],
      set: { ...rest, updatedAt: at },
    });
}

/** Members of the group with their names and roles. */
export async function groupPeople(db: Db, groupId: string) {
  return db
    .select({ userId: memberships.userId, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.groupId, groupId));
}
