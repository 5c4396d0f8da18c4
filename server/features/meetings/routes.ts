import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  createMeetingSchema,
  type MeetingPractice,
  recordAttendanceSchema,
  rsvpInputSchema,
  updateMeetingSchema,
} from '../../../core/api/groups';
import { exampleCaseById } from '../../../core/practice/example-cases';
import type { AppDeps } from '../../http/app';
import { AppError, parseInput, requestLocale } from '../../http/errors';
import { recordAccess } from '../access-log/service';
import { requireUser } from '../account/session';
import { contextFrom } from '../groups/context';
import { requireMeeting, requireMember, requireRole } from '../groups/policy';
import * as groupRepo from '../groups/repo';
import { attendanceCsv, attendancePdf, getAttendance, saveAttendance } from './attendance.service';
import * as feed from './feed.service';
import { meetingsCalendar } from './ics';
import * as repo from './repo';
import * as meetings from './service';

const id = z.string().min(1).max(64);
const groupParams = z.object({ groupId: id });
const meetingParams = z.object({ meetingId: id });
const listQuery = z.object({ when: z.enum(['upcoming', 'past']).default('upcoming') });
const rotaQuery = z.object({ caseGiverId: z.union([id, z.array(id)]).optional() });
const langQuery = z.object({ lang: z.enum(['nl', 'en']).optional() });

const ICS = 'text/calendar; charset=utf-8';

/** Meetings, RSVP, rota, calendar files and feed, attendance. */
export async function meetingRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const ctx = contextFrom(deps);
  const { db } = ctx;
  const user = (request: FastifyRequest) => requireUser(deps.auth, request);
  const lang = (request: FastifyRequest) =>
    parseInput(langQuery, request.query).lang ?? requestLocale(request);
  /** Members whose role is checked against the rota ids, so a rota never names an outsider. */
  const assertRotaMembers = async (
    groupId: string,
    rota: Record<string, string | null> | undefined,
    under = 'rota',
  ) => {
    if (!rota) return;
    const members = new Set((await groupRepo.groupIdsOfGroup(db, groupId)).map((m) => m.userId));
    for (const [field, userId] of Object.entries(rota)) {
      if (userId && !members.has(userId)) {
        throw new AppError('validation_failed', 400, [
          { path: `${under}.${field}`, message: 'not a member' },
        ]);
      }
    }
  };

  /** A practice meeting's example case exists, and its planned case-giver is a member (PRACTICE-3). */
  const assertPractice = async (groupId: string, practice: MeetingPractice | null | undefined) => {
    if (!practice) return;
    if (!exampleCaseById(practice.caseId))
      throw new AppError('validation_failed', 400, [
        { path: 'practice.caseId', message: 'unknown example case' },
      ]);
    await assertRotaMembers(groupId, { caseGiverId: practice.caseGiverId }, 'practice');
  };

  app.get('/api/groups/:groupId/meetings', async (request) => {
    const me = await user(request);
    const { groupId } = parseInput(groupParams, request.params);
    const { when } = parseInput(listQuery, request.query);
    const access = await requireMember(db, me.id, groupId);
    return { meetings: await meetings.listGroupMeetings(db, me.id, groupId, access.role, when, ctx.now()) };
  });
  app.post('/api/groups/:groupId/meetings', async (request, reply) => {
    const me = await user(request);
    const { groupId } = parseInput(groupParams, request.params);
    const input = parseInput(createMeetingSchema, request.body);
    const access = await requireRole(db, me.id, groupId, 'facilitator');
    await assertRotaMembers(groupId, input.rota);
    await assertPractice(groupId, input.practice);
    return reply.status(201).send(await meetings.createMeeting(ctx, groupId, me.id, access.role, input));
  });
  app.get('/api/groups/:groupId/rota-suggestion', async (request) => {
    const me = await user(request);
    const { groupId } = parseInput(groupParams, request.params);
    const { caseGiverId } = parseInput(rotaQuery, request.query);
    await requireMember(db, me.id, groupId);
    return meetings.rotaSuggestion(db, groupId, [caseGiverId ?? []].flat());
  });

  app.get('/api/meetings/:meetingId', async (request) => {
    const me = await user(request);
    const { meetingId } = parseInput(meetingParams, request.params);
    const access = await requireMeeting(db, me.id, meetingId);
    return meetings.getMeeting(db, me.id, meetingId, access.role);
  });
  app.patch('/api/meetings/:meetingId', async (request) => {
    const me = await user(request);
    const { meetingId } = parseInput(meetingParams, request.params);
    const input = parseInput(updateMeetingSchema, request.body);
    const access = await requireMeeting(db, me.id, meetingId, 'facilitator');
    await assertRotaMembers(access.groupId, input.rota);
    await assertPractice(access.groupId, input.practice);
    return meetings.updateMeeting(db, me.id, meetingId, access.role, input);
  });
  app.delete('/api/meetings/:meetingId', async (request, reply) => {
    const me = await user(request);
    const { meetingId } = parseInput(meetingParams, request.params);
    await requireMeeting(db, me.id, meetingId, 'facilitator');
    await meetings.deleteMeeting(db, meetingId);
    return reply.status(204).send();
  });
  app.put('/api/meetings/:meetingId/rsvp', async (request) => {
    const me = await user(request);
    const { meetingId } = parseInput(meetingParams, request.params);
    const { response } = parseInput(rsvpInputSchema, request.body);
    await requireMeeting(db, me.id, meetingId);
    return meetings.rsvp(db, me.id, meetingId, response);
  });
  app.get('/api/meetings/:meetingId/ics', async (request, reply) => {
    const me = await user(request);
    const { meetingId } = parseInput(meetingParams, request.params);
    await requireMeeting(db, me.id, meetingId);
    const row = (await repo.findMeeting(db, meetingId))!;
    const text = meetingsCalendar([row], {
      name: row.groupName,
      locale: lang(request),
      publicUrl: ctx.publicUrl,
      now: ctx.now(),
    });
    return reply
      .type(ICS)
      .header(
        'content-disposition',
        `attachment; filename="kring-${row.startsAt.toISOString().slice(0, 10)}.ics"`,
      )
      .send(text);
  });

  app.get('/api/me/upcoming', async (request) => ({
    meetings: await meetings.upcomingForUser(db, (await user(request)).id, ctx.now()),
  }));
  app.get('/api/me/calendar-feed', async (request) => feed.feedStatus(ctx, (await user(request)).id));
  app.post('/api/me/calendar-feed', async (request, reply) =>
    reply.status(201).send(await feed.createFeed(ctx, (await user(request)).id)),
  );
  app.delete('/api/me/calendar-feed', async (request, reply) => {
    await feed.revokeFeed(ctx, (await user(request)).id);
    return reply.status(204).send();
  });
  app.get(
    '/api/calendar/:secret.ics',
    { config: { rateLimit: { max: 120, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const { secret } = parseInput(z.object({ secret: z.string().min(10).max(100) }), request.params);
      const text = await feed.feedCalendar(ctx, secret);
      return reply.type(ICS).header('cache-control', 'private, no-store').send(text);
    },
  );

  app.get('/api/meetings/:meetingId/attendance', async (request) => {
    const me = await user(request);
    const { meetingId } = parseInput(meetingParams, request.params);
    const access = await requireMeeting(db, me.id, meetingId);
    const attendance = await getAttendance(db, access.meeting);
    await recordAccess(db, me.id, access.meeting, 'attendance');
    return attendance;
  });
  app.post('/api/meetings/:meetingId/attendance', async (request) => {
    const me = await user(request);
    const { meetingId } = parseInput(meetingParams, request.params);
    const input = parseInput(recordAttendanceSchema, request.body);
    const access = await requireMeeting(db, me.id, meetingId, 'facilitator');
    return saveAttendance(db, access.meeting, input.entries);
  });
  app.get('/api/meetings/:meetingId/attendance.csv', async (request, reply) => {
    const me = await user(request);
    const { meetingId } = parseInput(meetingParams, request.params);
    const access = await requireMeeting(db, me.id, meetingId);
    const csv = attendanceCsv(await getAttendance(db, access.meeting), lang(request));
    await recordAccess(db, me.id, access.meeting, 'attendance.csv');
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="attendance-${meetingId.slice(0, 8)}.csv"`)
      .send(csv);
  });
  app.get('/api/meetings/:meetingId/attendance.pdf', async (request, reply) => {
    const me = await user(request);
    const { meetingId } = parseInput(meetingParams, request.params);
    const access = await requireMeeting(db, me.id, meetingId);
    const pdf = await attendancePdf(await getAttendance(db, access.meeting), lang(request), ctx.now());
    await recordAccess(db, me.id, access.meeting, 'attendance.pdf');
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="attendance-${meetingId.slice(0, 8)}.pdf"`)
      .send(pdf);
  });
}
