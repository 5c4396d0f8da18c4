import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { learningQuestionSchema, reflectionSchema } from '../../../core/api/learning';
import type { AppDeps } from '../../http/app';
import { parseInput } from '../../http/errors';
import { requireUser } from '../account/session';
import { learningPolicy as policy } from './policy';
import * as service from './service';

const id = z.string().min(1).max(64);
const trajectoryParams = z.object({ trajectoryId: id });
const meetingParams = z.object({ meetingId: id });

/** The learning record: one's learning questions and reflections, and what was shared with a facilitator. */
export async function learningRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const { db } = deps.database;

  app.get('/api/me/learning', async (request) => {
    const me = await requireUser(deps.auth, request);
    return service.learningRecord(db, me.id);
  });
  app.put('/api/trajectories/:trajectoryId/learning-question', async (request) => {
    const me = await requireUser(deps.auth, request);
    const { trajectoryId } = parseInput(trajectoryParams, request.params);
    await policy.question(db, me.id, trajectoryId);
    const input = parseInput(learningQuestionSchema, request.body);
    return service.saveQuestion(db, me.id, trajectoryId, input, new Date());
  });
  app.get('/api/meetings/:meetingId/reflection', async (request) => {
    const me = await requireUser(deps.auth, request);
    const { meetingId } = parseInput(meetingParams, request.params);
    return service.reflectionForm(db, me.id, await policy.reflection(db, me.id, meetingId));
  });
  app.put('/api/meetings/:meetingId/reflection', async (request) => {
    const me = await requireUser(deps.auth, request);
    const { meetingId } = parseInput(meetingParams, request.params);
    const meeting = await policy.reflection(db, me.id, meetingId);
    const input = parseInput(reflectionSchema, request.body);
    return service.saveReflection(db, me.id, meeting, input, new Date());
  });
  app.get('/api/trajectories/:trajectoryId/shared-learning', async (request) => {
    const me = await requireUser(deps.auth, request);
    const { trajectoryId } = parseInput(trajectoryParams, request.params);
    const trajectory = await policy.shared(db, me.id, trajectoryId);
    return service.sharedLearning(db, trajectory.id);
  });
}
