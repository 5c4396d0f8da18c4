import { randomUUID } from 'node:crypto';
import type {
  CreateMeetingInput,
  GroupRole,
  Meeting,
  MeetingPractice,
  RotaSuggestion,
  RsvpResponse,
  RsvpResult,
  UpdateMeetingInput,
} from '../../../core/api/groups';
import { utcToZonedFields, zonedTimeToUtc } from '../../../core/calendar/zoned-time';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { deleteWithRooms } from '../../realtime/registry';
import type { ServiceContext } from '../groups/context';
import * as groupRepo from '../groups/repo';
import { assertPlannedMethod } from '../method-versions/resolve';
import { sendMeetingInvitations } from './mail';
import { presentMeetings } from './present';
import * as repo from './repo';
import { choreHistory, suggestRota } from './rota';

type CreateInput = Required<Omit<CreateMeetingInput, 'rota' | 'practice'>> & {
  rota: NonNullable<CreateMeetingInput['rota']>;
  practice: MeetingPractice | null;
};

async function loadOrThrow(db: Db, meetingId: string): Promise<repo.MeetingWithGroup> {
  const row = await repo.findMeeting(db, meetingId);
  if (!row) throw new AppError('not_found', 404);
  return row;
}

/** The meeting as the caller sees it, with each member's RSVP. */
export async function getMeeting(
  db: Db,
  actorId: string,
  meetingId: string,
  role: GroupRole,
): Promise<Meeting> {
  const row = await loadOrThrow(db, meetingId);
  const [meeting] = await presentMeetings(db, actorId, [row], () => role);
  const responses = await repo.memberResponses(db, row);
  return {
    ...meeting!,
    responses: responses.map((r) => ({ userId: r.userId, name: r.name, response: r.response })),
  };
}

/** Schedules a meeting from local date, time and zone; optionally mails every member an invitation. */
export async function createMeeting(
  ctx: ServiceContext,
  groupId: string,
  actorId: string,
  role: GroupRole,
  input: CreateInput,
): Promise<Meeting> {
  await assertPlannedMethod(ctx.db, groupId, input);
  const id = randomUUID();
  await repo.insertMeeting(ctx.db, {
    id,
    groupId,
    startsAt: zonedTimeToUtc(input.date, input.time, input.timeZone),
    timeZone: input.timeZone,
    durationMinutes: input.durationMinutes,
    place: input.place,
    videoUrl: input.videoUrl,
    methodId: input.methodId,
    methodVersionId: input.methodVersionId,
    rota: input.rota,
    autoAdvance: input.autoAdvance,
    practice: input.practice,
    createdBy: actorId,
  });
  const row = (await repo.findMeeting(ctx.db, id))!;
  if (input.notify) {
    const members = await repo.memberResponses(ctx.db, row);
    await sendMeetingInvitations(ctx, row, members);
  }
  return getMeeting(ctx.db, actorId, id, role);
}

/** Changes a scheduled meeting; date, time and zone are re-combined from what is given and what was stored. */
export async function updateMeeting(
  db: Db,
  actorId: string,
  meetingId: string,
  role: GroupRole,
  input: UpdateMeetingInput,
): Promise<Meeting> {
  const row = await loadOrThrow(db, meetingId);
  await assertPlannedMethod(db, row.groupId, input);
  const { date, time, timeZone, ...rest } = input;
  const patch: Partial<repo.MeetingRow> = Object.fromEntries(
    Object.entries(rest).filter(([, v]) => v !== undefined),
  );
  if (date || time || timeZone) {
    const zone = timeZone ?? row.timeZone;
    const current = utcToZonedFields(row.startsAt, row.timeZone);
    patch.startsAt = zonedTimeToUtc(date ?? current.date, time ?? current.time, zone);
    patch.timeZone = zone;
    patch.reminderSentAt = null;
  }
  await repo.updateMeetingRow(db, meetingId, patch);
  return getMeeting(db, actorId, meetingId, role);
}

export async function deleteMeeting(db: Db, meetingId: string): Promise<void> {
  // Its live room closes first and stays closed (LIVE-2).
  await deleteWithRooms({ meetingId }, () => repo.deleteMeetingRow(db, meetingId));
}

export async function listGroupMeetings(
  db: Db,
  actorId: string,
  groupId: string,
  role: GroupRole,
  when: 'upcoming' | 'past',
  now: Date,
) {
  return presentMeetings(db, actorId, await repo.groupMeetings(db, groupId, when, now), () => role);
}

/** Upcoming meetings across all the caller's groups. */
export async function upcomingForUser(db: Db, actorId: string, now: Date): Promise<Meeting[]> {
  const roles = new Map((await groupRepo.groupIdsOf(db, actorId)).map((g) => [g.groupId, g.role]));
  const rows = await repo.userMeetings(db, actorId, new Date(now.getTime() - 3 * 3600_000));
  return presentMeetings(db, actorId, rows, (g) => roles.get(g) ?? 'member');
}

/** Records the caller's answer and returns the new counts. */
export async function rsvp(
  db: Db,
  actorId: string,
  meetingId: string,
  response: RsvpResponse,
): Promise<RsvpResult> {
  await repo.upsertRsvp(db, meetingId, actorId, response);
  const counts = { yes: 0, no: 0, maybe: 0 };
  for (const c of await repo.rsvpCounts(db, [meetingId])) counts[c.response] = c.n;
  return { counts, mine: response };
}

/** A fair rota for the group's next meeting; the planned case-giver is left out. */
export async function rotaSuggestion(
  db: Db,
  groupId: string,
  caseGiverIds: string[],
): Promise<RotaSuggestion> {
  const rules = await groupRepo.currentRules(db, groupId);
  const members = await groupRepo.listMembers(db, groupId, rules?.version ?? 0);
  const { rotas, recorded } = await repo.roleHistory(db, groupId);
  const rota = suggestRota(
    members.map((m) => m.userId),
    choreHistory(rotas, recorded),
    caseGiverIds,
  );
  const person = (id: string | null) => {
    const m = members.find((x) => x.userId === id);
    return m ? { userId: m.userId, name: m.name } : null;
  };
  return { chair: person(rota.chair), timekeeper: person(rota.timekeeper), scribe: person(rota.scribe) };
}

/** Marks a meeting live or ended; the live meeting engine calls this when it starts and closes the room. */
export async function setMeetingStatus(db: Db, meetingId: string, status: 'scheduled' | 'live' | 'ended') {
  await repo.updateMeetingRow(db, meetingId, { status });
}
