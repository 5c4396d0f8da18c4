import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  activityMessageSchema,
  cancelActivitySchema,
  createActivitySchema,
  grantProviderRoleSchema,
  newActivitySchema,
  registerProviderSchema,
} from '../../../core/api/activities';
import type { AppDeps } from '../../http/app';
import { AppError, parseInput } from '../../http/errors';
import { requireUser } from '../account/session';
import { contextFrom } from '../groups/context';
import { startTrajectoryGroup } from './jobs';
import * as manage from './manage';
import * as providers from './providers';
import * as repo from './repo';
import * as service from './service';

const activityParams = z.object({ activityId: z.string().min(1).max(64) });
const providerParams = z.object({ slug: z.string().min(1).max(64) });
const memberParams = providerParams.extend({ userId: z.string().min(1).max(64) });
// Messages go out by mail to up to twenty people each: a handful a minute is plenty.
const MESSAGE_RATE = { rateLimit: { max: 5, timeWindow: '1 minute' } };

/**
 * The provider's side: operators register providers and grant the role; the accounts acting for a
 * provider publish, change, cancel and start its activities, see who signed up and write to them.
 */
export async function activityManageRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const ctx = contextFrom(deps);
  const operators = deps.config.operators;
  const operator = async (request: Parameters<typeof requireUser>[1]) => {
    const me = await requireUser(deps.auth, request);
    providers.assertOperator(operators, me.email);
    return me;
  };

  app.post('/api/providers', async (request, reply) => {
    await operator(request);
    const input = parseInput(registerProviderSchema, request.body);
    return reply.code(201).send(await providers.registerProvider(ctx, input));
  });
  app.get('/api/me/providers', async (request) => {
    const me = await requireUser(deps.auth, request);
    return {
      providers: await service.myProviders(ctx, me.id),
      operator: providers.isOperator(operators, me.email),
    };
  });
  app.get('/api/providers/:slug/members', async (request) => {
    const me = await requireUser(deps.auth, request);
    const { slug } = parseInput(providerParams, request.params);
    return { members: await providers.membersOf(ctx, slug, me, operators) };
  });
  app.post('/api/providers/:slug/members', async (request) => {
    await operator(request);
    const { slug } = parseInput(providerParams, request.params);
    const { email } = parseInput(grantProviderRoleSchema, request.body);
    return { members: await providers.grantRole(ctx, slug, email) };
  });
  app.delete('/api/providers/:slug/members/:userId', async (request, reply) => {
    await operator(request);
    const { slug, userId } = parseInput(memberParams, request.params);
    await providers.withdrawRole(ctx, slug, userId);
    return reply.code(204).send();
  });

  app.get('/api/providers/:slug/activities', async (request) => {
    const me = await requireUser(deps.auth, request);
    const { slug } = parseInput(providerParams, request.params);
    return { activities: await manage.providerActivities(ctx, slug, me.id) };
  });
  app.post('/api/providers/:slug/activities', async (request, reply) => {
    const me = await requireUser(deps.auth, request);
    const { slug } = parseInput(providerParams, request.params);
    const input = parseInput(newActivitySchema, request.body);
    return reply.code(201).send(await service.publishActivity(ctx, slug, me.id, input));
  });
  app.put('/api/activities/:activityId', async (request) => {
    const me = await requireUser(deps.auth, request);
    const { activityId } = parseInput(activityParams, request.params);
    return manage.editActivity(ctx, activityId, me.id, parseInput(createActivitySchema, request.body));
  });
  app.post('/api/activities/:activityId/publish', async (request) => {
    const me = await requireUser(deps.auth, request);
    return manage.publish(ctx, parseInput(activityParams, request.params).activityId, me.id);
  });
  app.post('/api/activities/:activityId/cancel', async (request) => {
    const me = await requireUser(deps.auth, request);
    const { activityId } = parseInput(activityParams, request.params);
    const { message } = parseInput(cancelActivitySchema, request.body ?? {});
    return manage.cancelActivity(ctx, activityId, me.id, message);
  });
  app.post('/api/activities/:activityId/messages', { config: MESSAGE_RATE }, async (request) => {
    const me = await requireUser(deps.auth, request);
    const { activityId } = parseInput(activityParams, request.params);
    const input = parseInput(activityMessageSchema, request.body);
    return { sent: await manage.messageSignups(ctx, activityId, me, input) };
  });
  // A provider may let the group begin before the first meeting (to meet online first, say).
  app.post('/api/activities/:activityId/start', async (request) => {
    const me = await requireUser(deps.auth, request);
    const { activityId } = parseInput(activityParams, request.params);
    const listed = await manage.ownActivity(ctx, activityId, me.id);
    if (listed.activity.kind !== 'trajectory') throw new AppError('activity_not_trajectory', 409);
    if (listed.activity.cancelledAt || !listed.activity.publishedAt)
      throw new AppError('activity_cancelled', 409);
    await startTrajectoryGroup(ctx, listed);
    return { groupId: (await repo.activityById(ctx.db, activityId))?.activity.groupId ?? null };
  });
}
