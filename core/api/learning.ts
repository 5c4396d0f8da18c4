/**
 * HTTP contract of the learning record: a learning question per trajectory and a one-minute reflection after
 * each meeting. Both are their owner's alone unless shared with the trajectory's facilitator.
 *
 * Routes (method, path → response; who may call):
 *   GET /api/me/learning                               → LearningRecord   signed in; only their own
 *   PUT /api/trajectories/:trajectoryId/learning-question → LearningRecord member of the trajectory's group
 *   GET /api/meetings/:meetingId/reflection            → ReflectionForm   member of the meeting's group
 *   PUT /api/meetings/:meetingId/reflection            → ReflectionForm   member; once the meeting ended (409 before),
 *                                                                        never for a practice meeting (409 meeting_not_countable)
 *   GET /api/trajectories/:trajectoryId/shared-learning → SharedLearning  the trajectory's facilitator (403 others)
 */
import { z } from 'zod';
import {
  EFFECTS,
  type Effect,
  type EffectRatings,
  effectRatingsSchema,
  effectSchema,
  type Sharing,
  sharingSchema,
} from './trajectories';

const longText = (max: number) => z.string().trim().max(max);

export const learningQuestionSchema = z.strictObject({
  text: longText(1000).min(1),
  effects: z.array(effectSchema).min(1).max(EFFECTS.length),
  sharing: sharingSchema.default('private'),
});
export type LearningQuestionInput = z.input<typeof learningQuestionSchema>;

/** The three reflection dimensions the Dutch youth-care register (SKJ) asks about; each optional. */
export const DIMENSIONS = ['technical', 'normative', 'personal'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const reflectionSchema = z.strictObject({
  ratings: effectRatingsSchema.refine((r) => Object.keys(r).length > 0, 'rate_one_effect'),
  takeaway: longText(2000).default(''),
  dimensions: z.partialRecord(z.enum(DIMENSIONS), longText(2000)).default({}),
  sharing: sharingSchema.default('private'),
});
export type ReflectionInput = z.input<typeof reflectionSchema>;

export type LearningQuestion = { text: string; effects: Effect[]; sharing: Sharing; updatedAt: string };

export type Reflection = {
  meetingId: string;
  startsAt: string;
  timeZone: string;
  ratings: EffectRatings;
  takeaway: string;
  dimensions: Partial<Record<Dimension, string>>;
  sharing: Sharing;
};

export type LearningTrajectory = {
  trajectoryId: string;
  name: string;
  groupName: string;
  question: LearningQuestion | null;
  /** Reflections on the trajectory's meetings, in meeting order. */
  reflections: Reflection[];
};

export type LearningRecord = { trajectories: LearningTrajectory[] };

export type ReflectionForm = {
  /** False for a practice meeting: nothing is written about it (PRACTICE-3). */
  countable: boolean;
  meetingId: string;
  startsAt: string;
  timeZone: string;
  groupName: string;
  ended: boolean;
  /** The effects of the learning question for the meeting's trajectory, else all five. */
  effects: Effect[];
  question: string | null;
  mine: Reflection | null;
};

export type SharedLearning = {
  people: { name: string; question: LearningQuestion | null; reflections: Reflection[] }[];
};
