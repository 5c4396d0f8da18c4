import type {
  LearningQuestion,
  LearningQuestionInput,
  LearningRecord,
  Reflection,
  ReflectionForm,
  ReflectionInput,
  SharedLearning,
} from '../../../core/api/learning';
import { EFFECTS, type Effect } from '../../../core/api/trajectories';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import type { MeetingRow } from '../groups/access';
import { findGroup } from '../groups/repo';
import { assertCountable, isPractice } from '../meetings/practice';
import * as repo from './repo';

const questionOf = (row: repo.QuestionRow | undefined): LearningQuestion | null =>
  row
    ? {
        text: row.text,
        effects: row.effects as Effect[],
        sharing: row.sharing,
        updatedAt: row.updatedAt.toISOString(),
      }
    : null;

const reflectionOf = (
  row: repo.ReflectionRow,
  meeting: { startsAt: Date; timeZone: string },
): Reflection => ({
  meetingId: row.meetingId,
  startsAt: meeting.startsAt.toISOString(),
  timeZone: meeting.timeZone,
  ratings: row.ratings,
  takeaway: row.takeaway,
  dimensions: row.dimensions,
  sharing: row.sharing,
});

/** The person's own learning record: per trajectory of their groups, the question and their reflections. */
export async function learningRecord(db: Db, userId: string): Promise<LearningRecord> {
  const [list, questions, written] = await Promise.all([
    repo.trajectoriesOf(db, userId),
    repo.questionsOf(db, userId),
    repo.reflectionsOf(db, userId),
  ]);
  return {
    trajectories: list.map((t) => ({
      trajectoryId: t.id,
      name: t.name,
      groupName: t.groupName,
      question: questionOf(questions.find((q) => q.trajectoryId === t.id)),
      reflections: written.filter((r) => r.trajectoryId === t.id).map((r) => reflectionOf(r.reflection, r)),
    })),
  };
}

export async function saveQuestion(
  db: Db,
  userId: string,
  trajectoryId: string,
  input: Required<LearningQuestionInput>,
  now: Date,
): Promise<LearningRecord> {
  await repo.saveQuestion(db, {
    trajectoryId,
    userId,
    ...input,
    effects: [...new Set(input.effects)],
    updatedAt: now,
  });
  return learningRecord(db, userId);
}

/** The reflection form of a meeting: which effects to rate (those of the learning question) and one's own. */
export async function reflectionForm(db: Db, userId: string, meeting: MeetingRow): Promise<ReflectionForm> {
  const trajectoryId = await repo.trajectoryOfMeeting(db, meeting.id);
  const question = trajectoryId ? await repo.findQuestion(db, trajectoryId, userId) : undefined;
  const mine = await repo.findReflection(db, meeting.id, userId);
  return {
    meetingId: meeting.id,
    startsAt: meeting.startsAt.toISOString(),
    timeZone: meeting.timeZone,
    groupName: (await findGroup(db, meeting.groupId))?.name ?? '',
    ended: meeting.status === 'ended',
    countable: !(await isPractice(db, meeting)),
    effects: question ? (question.effects as Effect[]) : [...EFFECTS],
    question: question?.text ?? null,
    mine: mine ? reflectionOf(mine, meeting) : null,
  };
}

/** Saves one's reflection; only after the meeting ended, when there is something to reflect on. */
export async function saveReflection(
  db: Db,
  userId: string,
  meeting: MeetingRow,
  input: Required<ReflectionInput>,
  now: Date,
): Promise<ReflectionForm> {
  if (meeting.status !== 'ended') throw new AppError('meeting_not_ended', 409);
  await assertCountable(db, meeting);
  const dimensions = Object.fromEntries(Object.entries(input.dimensions).filter(([, text]) => text));
  await repo.saveReflection(db, {
    meetingId: meeting.id,
    userId,
    ratings: input.ratings,
    takeaway: input.takeaway,
    dimensions,
    sharing: input.sharing,
    updatedAt: now,
  });
  return reflectionForm(db, userId, meeting);
}

/** What members shared with the trajectory's facilitator: their questions and reflections, by person. */
export async function sharedLearning(db: Db, trajectoryId: string): Promise<SharedLearning> {
  const [questions, written] = await Promise.all([
    repo.sharedQuestions(db, trajectoryId),
    repo.sharedReflections(db, trajectoryId),
  ]);
  const people = new Map<string, SharedLearning['people'][number]>();
  const personOf = (userId: string, name: string) => {
    if (!people.has(userId)) people.set(userId, { name, question: null, reflections: [] });
    return people.get(userId)!;
  };
  for (const q of questions) personOf(q.question.userId, q.name).question = questionOf(q.question);
  for (const r of written)
    personOf(r.reflection.userId, r.name).reflections.push(reflectionOf(r.reflection, r));
  return { people: [...people.values()].sort((a, b) => a.name.localeCompare(b.name)) };
}
