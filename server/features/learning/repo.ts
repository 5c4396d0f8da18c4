import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  groups,
  learningQuestions,
  meetings,
  memberships,
  reflections,
  trajectories,
  trajectoryEvaluations,
  trajectoryMeetings,
  users,
} from '../../db/schema/index';

export type QuestionRow = typeof learningQuestions.$inferSelect;
export type ReflectionRow = typeof reflections.$inferSelect;
const meetingCols = { startsAt: meetings.startsAt, timeZone: meetings.timeZone };

export async function saveQuestion(db: Db, row: QuestionRow): Promise<void> {
  const { trajectoryId: _t, userId: _u, ...set } = row;
  await db
    .insert(learningQuestions)
    .values(row)
    .onConflictDoUpdate({ target: [learningQuestions.trajectoryId, learningQuestions.userId], set });
}

export async function saveReflection(db: Db, row: ReflectionRow): Promise<void> {
  const { meetingId: _m, userId: _u, ...set } = row;
  await db
    .insert(reflections)
    .values(row)
    .onConflictDoUpdate({ target: [reflections.meetingId, reflections.userId], set });
}

/** Trajectories of every group the person is in, with the group's name. */
export async function trajectoriesOf(db: Db, userId: string) {
  return db
    .select({ id: trajectories.id, name: trajectories.name, groupName: groups.name })
    .from(trajectories)
    .innerJoin(
      memberships,
      and(eq(memberships.groupId, trajectories.groupId), eq(memberships.userId, userId)),
    )
    .innerJoin(groups, eq(groups.id, trajectories.groupId))
    .orderBy(asc(trajectories.startsOn));
}

export async function questionsOf(db: Db, userId: string) {
  return db.select().from(learningQuestions).where(eq(learningQuestions.userId, userId));
}

export async function findQuestion(db: Db, trajectoryId: string, userId: string) {
  const [row] = await db
    .select()
    .from(learningQuestions)
    .where(and(eq(learningQuestions.trajectoryId, trajectoryId), eq(learningQuestions.userId, userId)));
  return row;
}

/** The person's reflections with their meeting's time and trajectory (null outside one), in time order. */
export async function reflectionsOf(db: Db, userId: string) {
  return db
    .select({ reflection: reflections, ...meetingCols, trajectoryId: trajectoryMeetings.trajectoryId })
    .from(reflections)
    .innerJoin(meetings, eq(meetings.id, reflections.meetingId))
    .leftJoin(trajectoryMeetings, eq(trajectoryMeetings.meetingId, reflections.meetingId))
    .where(eq(reflections.userId, userId))
    .orderBy(asc(meetings.startsAt));
}

export async function findReflection(db: Db, meetingId: string, userId: string) {
  const [row] = await db
    .select()
    .from(reflections)
    .where(and(eq(reflections.meetingId, meetingId), eq(reflections.userId, userId)));
  return row;
}

/** Learning questions of a trajectory that their owners shared with its facilitator, with names. */
export async function sharedQuestions(db: Db, trajectoryId: string) {
  return db
    .select({ question: learningQuestions, name: users.name })
    .from(learningQuestions)
    .innerJoin(users, eq(users.id, learningQuestions.userId))
    .where(
      and(eq(learningQuestions.trajectoryId, trajectoryId), eq(learningQuestions.sharing, 'facilitator')),
    );
}

/** Reflections on the trajectory's meetings that their owners shared with its facilitator. */
export async function sharedReflections(db: Db, trajectoryId: string) {
  return db
    .select({ reflection: reflections, name: users.name, ...meetingCols })
    .from(reflections)
    .innerJoin(trajectoryMeetings, eq(trajectoryMeetings.meetingId, reflections.meetingId))
    .innerJoin(meetings, eq(meetings.id, reflections.meetingId))
    .innerJoin(users, eq(users.id, reflections.userId))
    .where(and(eq(trajectoryMeetings.trajectoryId, trajectoryId), eq(reflections.sharing, 'facilitator')))
    .orderBy(asc(meetings.startsAt));
}

/** The meeting's trajectory, if any. */
export async function trajectoryOfMeeting(db: Db, meetingId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: trajectoryMeetings.trajectoryId })
    .from(trajectoryMeetings)
    .where(eq(trajectoryMeetings.meetingId, meetingId));
  return row?.id ?? null;
}

/** Everything of the learning record stored under the person's id, for the export of their data. */
export async function learningRowsOf(db: Db, userId: string) {
  const [questions, written, evaluations] = await Promise.all([
    db
      .select({ trajectory: trajectories.name, question: learningQuestions })
      .from(learningQuestions)
      .innerJoin(trajectories, eq(trajectories.id, learningQuestions.trajectoryId))
      .where(eq(learningQuestions.userId, userId)),
    reflectionsOf(db, userId),
    db
      .select({ trajectory: trajectories.name, evaluation: trajectoryEvaluations })
      .from(trajectoryEvaluations)
      .innerJoin(trajectories, eq(trajectories.id, trajectoryEvaluations.trajectoryId))
      .where(eq(trajectoryEvaluations.userId, userId)),
  ]);
  return {
    learningQuestions: questions.map(({ trajectory, question: { userId: _u, trajectoryId: _t, ...q } }) => ({
      trajectory,
      ...q,
    })),
    reflections: written.map(({ reflection: { userId: _u, ...r }, startsAt }) => ({ ...r, startsAt })),
    trajectoryEvaluations: evaluations.map(
      ({ trajectory, evaluation: { userId: _u, trajectoryId: _t, ...e } }) => ({
        trajectory,
        ...e,
      }),
    ),
  };
}
