/**
 * HTTP contract of trajectories (a series of meetings that hands the process from a facilitator to the group)
 * and of the learning record (learning questions and reflections after each meeting).
 *
 * Routes (method, path → response; who may call):
 *   GET  /api/groups/:groupId/trajectories            → TrajectoryList      member
 *   POST /api/groups/:groupId/trajectories            → TrajectorySummary   admin, facilitator
 *   GET  /api/trajectories/:trajectoryId              → TrajectoryDetail    member
 *   PATCH /api/trajectories/:trajectoryId             → TrajectorySummary   admin, facilitator
 *   PUT  /api/trajectories/:trajectoryId/meetings/:meetingId → TrajectoryDetail admin, the trajectory's facilitator
 *   DELETE /api/trajectories/:trajectoryId/meetings/:meetingId → 204        admin, the trajectory's facilitator
 *   PUT  /api/trajectories/:trajectoryId/evaluation   → TrajectoryDetail    member; scope 'group' admin, facilitator
 *
 * A guided trajectory's facilitator is a member with the group role `facilitator` (begeleider), who may be
 * from outside the group: that role is all they need. A meeting belongs to at most one trajectory.
 */
import { z } from 'zod';
import { lineSchema } from './text';

/** The five effects of intervision the seed names, in its order. */
export const EFFECTS = ['others', 'self', 'repertoire', 'methods', 'reflect'] as const;
export const effectSchema = z.enum(EFFECTS);
export type Effect = z.infer<typeof effectSchema>;

export const TRAJECTORY_MODES = ['guided', 'autonomous'] as const;
export type TrajectoryMode = (typeof TRAJECTORY_MODES)[number];

/** What the facilitator does in one meeting; the plan fades from leading to absent. */
export const FACILITATOR_MODES = ['leads', 'coLeads', 'observes', 'absent'] as const;
export const facilitatorModeSchema = z.enum(FACILITATOR_MODES);
export type FacilitatorMode = z.infer<typeof facilitatorModeSchema>;

/** The aggregates a group may agree to show on its trajectory page; none by default. */
export const AGGREGATES = ['participation', 'airtime', 'heard', 'methods', 'rotation'] as const;
export type Aggregate = (typeof AGGREGATES)[number];

/** Who besides the owner reads a learning question, reflection or individual evaluation. */
export const SHARINGS = ['private', 'facilitator'] as const;
export const sharingSchema = z.enum(SHARINGS);
export type Sharing = z.infer<typeof sharingSchema>;

const day = z.iso.date();
const id = z.string().min(1).max(64);

export const createTrajectorySchema = z
  .object({
    name: lineSchema(120, 1),
    startsOn: day,
    endsOn: day,
    plannedMeetings: z.number().int().min(1).max(24),
    mode: z.enum(TRAJECTORY_MODES),
    facilitatorId: id.nullable().default(null),
    previousId: id.nullable().default(null),
    sharedAggregates: z.array(z.enum(AGGREGATES)).max(AGGREGATES.length).default([]),
  })
  .refine((t) => t.endsOn >= t.startsOn, { path: ['endsOn'], message: 'ends_before_start' })
  .refine((t) => t.mode === 'autonomous' || t.facilitatorId !== null, {
    path: ['facilitatorId'],
    message: 'facilitator_required',
  });
export type CreateTrajectoryInput = z.input<typeof createTrajectorySchema>;

export const updateTrajectorySchema = z.strictObject({
  name: lineSchema(120, 1).optional(),
  endsOn: day.optional(),
  plannedMeetings: z.number().int().min(1).max(24).optional(),
  sharedAggregates: z.array(z.enum(AGGREGATES)).max(AGGREGATES.length).optional(),
  closed: z.boolean().optional(),
});
export type UpdateTrajectoryInput = z.input<typeof updateTrajectorySchema>;

export const planMeetingSchema = z.strictObject({ facilitatorMode: facilitatorModeSchema });

const rating = z.number().int().min(1).max(5);
/** 1–5 per effect; only effects present are rated. */
export const effectRatingsSchema = z.partialRecord(effectSchema, rating);
export type EffectRatings = z.infer<typeof effectRatingsSchema>;

export const evaluationInputSchema = z.strictObject({
  scope: z.enum(['group', 'individual']),
  ratings: effectRatingsSchema.default({}),
  text: z.string().trim().max(4000).default(''),
  sharing: sharingSchema.default('private'),
});
export type EvaluationInput = z.input<typeof evaluationInputSchema>;

export type Person = { userId: string; name: string };

export type TrajectorySummary = {
  id: string;
  groupId: string;
  name: string;
  startsOn: string;
  endsOn: string;
  plannedMeetings: number;
  mode: TrajectoryMode;
  facilitator: Person | null;
  previousId: string | null;
  sharedAggregates: Aggregate[];
  closedAt: string | null;
  meetingCount: number;
};
export type TrajectoryList = { trajectories: TrajectorySummary[] };

/** One meeting on the way to autonomy: the plan, and what the log says happened. */
export type TrajectoryMeeting = {
  meetingId: string;
  startsAt: string;
  timeZone: string;
  status: 'scheduled' | 'live' | 'ended';
  facilitatorMode: FacilitatorMode;
  /** From the log once it ran: who chaired, the facilitator's contributions and flags, all process flags. */
  chair: string | null;
  method: { nl: string; en: string } | null;
  interventions: number | null;
  flags: number | null;
};

export type EvaluationEntry = {
  scope: 'group' | 'individual';
  author: string;
  mine: boolean;
  ratings: EffectRatings;
  text: string;
  sharing: Sharing;
  updatedAt: string;
};

/** Aggregates over the trajectory's ended meetings; a key is absent unless the group agreed to share it. */
export type TrajectoryAggregates = {
  endedMeetings: number;
  participation?: { name: string; attended: number }[];
  /** Each member's share of all airtime, 0–1. */
  airtime?: { name: string; share: number }[];
  /** Per meeting, in meeting order, its case-giver's own "I felt heard" (1–5): theirs, never a mean (LIFE-9). */
  heard?: { startsAt: string; score: number | null }[];
  methods?: { distinct: number; used: number };
  rotation?: { name: string; chaired: number; caseGiver: number }[];
};

export type TrajectoryDetail = TrajectorySummary & {
  canPlan: boolean;
  isFacilitator: boolean;
  meetings: TrajectoryMeeting[];
  /** Group meetings not in any trajectory, that a planner may add. */
  unplanned: { meetingId: string; startsAt: string; timeZone: string }[];
  aggregates: TrajectoryAggregates;
  evaluations: EvaluationEntry[];
};
