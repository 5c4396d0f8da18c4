import { randomUUID } from 'node:crypto';
import type {
  Aggregate,
  CreateTrajectoryInput,
  EvaluationEntry,
  EvaluationInput,
  FacilitatorMode,
  TrajectoryDetail,
  TrajectoryMeeting,
  TrajectorySummary,
  UpdateTrajectoryInput,
} from '../../../core/api/trajectories';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import type { GroupAccess, MeetingRow } from '../groups/access';
import { assertCountable, isPractice } from '../meetings/practice';
import { aggregatesOf } from './aggregates';
import { meetingFacts } from './facts';
import * as repo from './repo';

type People = Awaited<ReturnType<typeof repo.groupPeople>>;

/** Starts a trajectory. A guided one needs a facilitator who holds the group role facilitator. */
export async function createTrajectory(
  db: Db,
  actorId: string,
  groupId: string,
  input: Required<Omit<CreateTrajectoryInput, 'facilitatorId' | 'previousId' | 'sharedAggregates'>> & {
    facilitatorId: string | null;
    previousId: string | null;
    sharedAggregates: Aggregate[];
  },
): Promise<TrajectorySummary> {
  const people = await repo.groupPeople(db, groupId);
  if (input.facilitatorId !== null) {
    const role = people.find((p) => p.userId === input.facilitatorId)?.role;
    if (role !== 'facilitator') throw new AppError('trajectory_facilitator_invalid', 400);
  }
  if (input.previousId !== null) {
    const previous = await repo.findTrajectory(db, input.previousId);
    if (previous?.groupId !== groupId) throw new AppError('not_found', 404);
  }
  const id = randomUUID();
  await repo.insertTrajectory(db, {
    id,
    groupId,
    ...input,
    facilitatorId: input.mode === 'guided' ? input.facilitatorId : null,
    createdBy: actorId,
  });
  return summaryOf((await repo.findTrajectory(db, id))!, people, 0);
}

export async function listTrajectories(db: Db, groupId: string): Promise<TrajectorySummary[]> {
  const rows = await repo.groupTrajectories(db, groupId);
  const people = await repo.groupPeople(db, groupId);
  const counts = await repo.meetingCounts(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => summaryOf(r, people, counts.get(r.id) ?? 0));
}

export async function updateTrajectory(
  db: Db,
  trajectory: repo.TrajectoryRow,
  patch: UpdateTrajectoryInput,
  now: Date,
): Promise<TrajectorySummary> {
  const { closed, ...rest } = patch;
  const endsOn = rest.endsOn ?? trajectory.endsOn;
  if (endsOn < trajectory.startsOn) throw new AppError('validation_failed', 400);
  await repo.updateTrajectoryRow(db, trajectory.id, {
    ...rest,
    ...(closed !== undefined && { closedAt: closed ? (trajectory.closedAt ?? now) : null }),
  });
  const [summary] = (await listTrajectories(db, trajectory.groupId)).filter((t) => t.id === trajectory.id);
  return summary!;
}

/** Adds a meeting of the group to the trajectory (or changes its plan); one trajectory per meeting. */
export async function planMeeting(
  db: Db,
  trajectory: repo.TrajectoryRow,
  meeting: MeetingRow,
  facilitatorMode: FacilitatorMode,
): Promise<void> {
  await assertCountable(db, meeting);
  const existing = await repo.findPlan(db, meeting.id);
  if (existing && existing.trajectoryId !== trajectory.id) throw new AppError('meeting_in_trajectory', 409);
  await repo.savePlan(db, { meetingId: meeting.id, trajectoryId: trajectory.id, facilitatorMode });
}

export async function unplanMeeting(
  db: Db,
  trajectory: repo.TrajectoryRow,
  meetingId: string,
): Promise<void> {
  await repo.deletePlan(db, trajectory.id, meetingId);
}

export async function evaluate(
  db: Db,
  actorId: string,
  trajectory: repo.TrajectoryRow,
  input: Required<EvaluationInput>,
  now: Date,
): Promise<void> {
  await repo.saveEvaluation(
    db,
    {
      trajectoryId: trajectory.id,
      userId: actorId,
      scope: input.scope,
      ratings: input.ratings,
      text: input.text,
      // The group's evaluation is for the whole group by nature.
      sharing: input.scope === 'group' ? 'private' : input.sharing,
    },
    now,
  );
}

/**
 * The trajectory as one member sees it: the plan and what happened per meeting (the way to autonomy), the
 * aggregates the group agreed to share, the group's evaluations, their own, and those shared with them as
 * the trajectory's facilitator.
 */
export async function trajectoryDetail(
  db: Db,
  viewerId: string,
  trajectory: repo.TrajectoryRow,
  access: GroupAccess,
): Promise<TrajectoryDetail> {
  const people = await repo.groupPeople(db, trajectory.groupId);
  const name = nameOf(people);
  const planned = await repo.plannedMeetings(db, trajectory.id);
  const ran: { startsAt: Date; facts: NonNullable<Awaited<ReturnType<typeof meetingFacts>>> }[] = [];
  const meetings: TrajectoryMeeting[] = [];
  for (const { meeting, facilitatorMode } of planned) {
    // A practice meeting is no step on the way to autonomy and in no aggregate (PRACTICE-3).
    if (await isPractice(db, meeting)) continue;
    const facts = await meetingFacts(db, meeting);
    if (facts) ran.push({ startsAt: meeting.startsAt, facts });
    meetings.push({
      meetingId: meeting.id,
      startsAt: meeting.startsAt.toISOString(),
      timeZone: meeting.timeZone,
      status: meeting.status,
      facilitatorMode,
      chair: facts?.chairId ? name(facts.chairId) : null,
      method: facts?.method ? { nl: facts.method.nl, en: facts.method.en } : null,
      interventions: facts?.interventions ?? null,
      flags: facts?.flags ?? null,
    });
  }
  const isFacilitator = trajectory.facilitatorId === viewerId;
  const canPlan = access.role !== 'member';
  return {
    ...summaryOf(trajectory, people, meetings.length),
    canPlan,
    isFacilitator,
    meetings,
    unplanned: canPlan
      ? (await repo.unplannedMeetings(db, trajectory.groupId)).map((m) => ({
          meetingId: m.id,
          startsAt: m.startsAt.toISOString(),
          timeZone: m.timeZone,
        }))
      : [],
    aggregates: aggregatesOf(ran, trajectory.sharedAggregates as Aggregate[], name),
    evaluations: await visibleEvaluations(db, viewerId, trajectory.id, isFacilitator),
  };
}

/** The group's evaluations for all; an individual one for its author, and for the facilitator if shared. */
async function visibleEvaluations(
  db: Db,
  viewerId: string,
  trajectoryId: string,
  isFacilitator: boolean,
): Promise<EvaluationEntry[]> {
  const rows = await repo.evaluationsOf(db, trajectoryId);
  return rows
    .filter(
      ({ evaluation: e }) =>
        e.scope === 'group' || e.userId === viewerId || (isFacilitator && e.sharing === 'facilitator'),
    )
    .map(({ evaluation: e, name }) => ({
      scope: e.scope,
      author: name,
      mine: e.userId === viewerId,
      ratings: e.ratings,
      text: e.text,
      sharing: e.sharing,
      updatedAt: e.updatedAt.toISOString(),
    }));
}

function nameOf(people: People) {
  const names = new Map(people.map((p) => [p.userId, p.name]));
  // Someone no longer in the group (or whose account is gone) is shown without a name.
  return (id: string) => names.get(id) ?? '';
}

function summaryOf(row: repo.TrajectoryRow, people: People, meetingCount: number): TrajectorySummary {
  const facilitator = people.find((p) => p.userId === row.facilitatorId);
  return {
    id: row.id,
    groupId: row.groupId,
    name: row.name,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    plannedMeetings: row.plannedMeetings,
    mode: row.mode,
    facilitator: facilitator ? { userId: facilitator.userId, name: facilitator.name } : null,
    previousId: row.previousId,
    sharedAggregates: row.sharedAggregates as Aggregate[],
    closedAt: row.closedAt?.toISOString() ?? null,
    meetingCount,
  };
}

/**
 * The facilitator's plan for a meeting (leads, coLeads, observes, absent), or null when the meeting is in
 * no trajectory. For the live room, which may follow the plan.
 */
export async function facilitatorModeOf(db: Db, meetingId: string): Promise<FacilitatorMode | null> {
  return (await repo.findPlan(db, meetingId))?.facilitatorMode ?? null;
}
