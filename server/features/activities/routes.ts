import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { activityFilterSchema, guestSignupSchema, signupTokenSchema } from '../../../core/api/activities';
import type { AppDeps } from '../../http/app';
import { parseInput, requestLocale } from '../../http/errors';
import { currentUser, requireUser } from '../account/session';
import { contextFrom } from '../groups/context';
import { activityFileRoutes } from './file-routes';
import { activityManageRoutes } from './manage-routes';
import { activityPages } from './pages';
import * as service from './service';
import * as signups from './signups';

const activityParams = z.object({ activityId: z.string().min(1).max(64) });
const providerParams = z.object({ slug: z.string().min(1).max(64) });
// Public forms that send mail: a few tries a minute per address is plenty for a person.
const SIGNUP_RATE = { rateLimit: { max: 10, timeWindow: '1 minute' } };

const privately = (reply: FastifyReply) => reply.header('cache-control', 'private, no-store');

/**
 * Upcoming activities that providers offer: public to read, published by the accounts acting for a
 * provider, and open to sign up for with an account or by a confirmed e-mail address.
 */
export async function activityRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const ctx = contextFrom(deps);

  app.get('/api/activities', async (request) => ({
    activities: await service.listActivities(ctx, parseInput(activityFilterSchema, request.query)),
  }));
  app.get('/api/activities/:activityId', async (request) => {
    const me = await currentUser(deps.auth, request);
    return service.getActivity(ctx, parseInput(activityParams, request.params).activityId, me?.id);
  });
  app.get('/api/providers/:slug', async (request) =>
    service.providerPage(ctx, parseInput(providerParams, request.params).slug),
  );

  app.get('/api/activities/:activityId/signups', async (request, reply) => {
    const me = await requireUser(deps.auth, request);
    const { activityId } = parseInput(activityParams, request.params);
    return privately(reply).send({ signups: await service.signupsFor(ctx, activityId, me.id) });
  });

  app.post('/api/activities/:activityId/signups', { config: SIGNUP_RATE }, async (request, reply) => {
    const { activityId } = parseInput(activityParams, request.params);
    const me = await currentUser(deps.auth, request);
    const who = me
      ? { userId: me.id, name: me.name, email: me.email }
      : parseInput(guestSignupSchema, request.body ?? {});
    return privately(reply).send(
      await signups.signUp(ctx, activityId, { ...who, locale: requestLocale(request) }),
    );
  });
  app.post('/api/activity-signups/confirm', { config: SIGNUP_RATE }, async (request, reply) => {
    const { token } = parseInput(signupTokenSchema, request.body);
    return privately(reply).send(await signups.confirmSignup(ctx, token));
  });
  app.post('/api/activity-signups/cancel', { config: SIGNUP_RATE }, async (request, reply) => {
    const { token } = parseInput(signupTokenSchema, request.body);
    await signups.cancelSignup(ctx, token);
    return privately(reply).send({ status: 'cancelled' });
  });
  await activityManageRoutes(app, deps);
  await activityFileRoutes(app, deps);
  activityPages(app, ctx, deps.config.publicUrl.replace(/\/$/, ''));
}
