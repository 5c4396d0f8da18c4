import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  createTrajectorySchema,
  evaluationInputSchema,
  planMeetingSchema,
  updateTrajectorySchema,
} from '../../../core/api/trajectories';
import type { AppDeps } from '../../http/app';
import { parseInput } from '../../http/errors';
import { requireUser } from '../account/session';
import { trajectoryPolicy as policy } from './policy';
import * as service from './service';

const id = z.string().min(1).max(64);
const groupParams = z.object({ groupId: id });
const trajectoryParams = z.object({ trajectoryId: id });
const planParams = z.object({ trajectoryId: id, meetingId: id });

/** Trajectories of a group: the plan per meeting, the way to autonomy and the end evaluation. */
export async function trajectoryRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const { db } = deps.database;

  app.get('/api/groups/:groupId/trajectories', async (request) => {
    const me = await requireUser(deps.auth, request);
    const { groupId } = parseInput(groupParams, request.params);
    await policy.list(db, me.id, groupId);
    return { trajectories: await service.listTrajectories(db, groupId) };
  });
  app.post('/api/groups/:groupId/trajectories', async (request) => {
    const me = await requireUser(deps.auth, request);
    const { groupId } = parseInput(groupParams, request.params);
    await policy.create(db, me.id, groupId);
    return service.createTrajectory(db, me.id, groupId, parseInput(createTrajectorySchema, request.body));
  });
  app.get('/api/trajectories/:trajectoryId', async (request) => {
    const me = await requireUser(deps.auth, request);
    const { trajectoryId } = parseInput(trajectoryParams, request.params);
    const { trajectory, access } = await policy.read(db, me.id, trajectoryId);
    return service.trajectoryDetail(db, me.id, trajectory, access);
  });
  app.patch('/api/trajectories/:trajectoryId', async (request) => {
    const me = await requireUser(deps.auth, request);
    const { trajectoryId } = parseInput(trajectoryParams, request.params);
    const { trajectory } = await policy.plan(db, me.id, trajectoryId);
    const patch = parseInput(updateTrajectorySchema, request.body);
    return service.updateTrajectory(db, trajectory, patch, new Date());
  });
  app.put('/api/trajectories/:trajectoryId/meetings/:meetingId', async (request) => {
    const me = await requireUser(deps.auth, request);
    const { trajectoryId, meetingId } = parseInput(planParams, request.params);
    const { trajectory, access } = await policy.plan(db, me.id, trajectoryId);
    const meeting = await policy.planMeeting(db, me.id, trajectory, meetingId);
    const { facilitatorMode } = parseInput(planMeetingSchema, request.body);
    await service.planMeeting(db, trajectory, meeting, facilitatorMode);
    return service.trajectoryDetail(db, me.id, trajectory, access);
  });
  app.delete('/api/trajectories/:trajectoryId/meetings/:meetingId', async (request, reply) => {
    const me = await requireUser(deps.auth, request);
    const { trajectoryId, meetingId } = parseInput(planParams, request.params);
    const { trajectory } = await policy.plan(db, me.id, trajectoryId);
    await service.unplanMeeting(db, trajectory, meetingId);
    return reply.code(204).send();
  });
  app.put('/api/trajectories/:trajectoryId/evaluation', async (request) => {
    const me = await requireUser(deps.auth, request);
    const { trajectoryId } = parseInput(trajectoryParams, request.params);
    const { trajectory, access } = await policy.read(db, me.id, trajectoryId);
    const input = parseInput(evaluationInputSchema, request.body);
    policy.evaluate(access, input.scope);
    await service.evaluate(db, me.id, trajectory, input, new Date());
    return service.trajectoryDetail(db, me.id, trajectory, access);
  });
}
