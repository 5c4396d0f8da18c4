import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { LOCALES, type Locale } from '../../../core/i18n/locale';
import type { AppDeps } from '../../http/app';
import { parseInput, requestLocale } from '../../http/errors';
import { contextFrom } from '../groups/context';
import { activityCalendar, activityFeed, activityFlyer } from './files';
import * as service from './service';

const params = z.object({ activityId: z.string().min(1).max(64) });
const langQuery = z.object({ lang: z.enum(LOCALES).optional() });
// Public files anyone may fetch or link to; an hour in a cache keeps the places count fresh enough.
const PUBLIC_CACHE = 'public, max-age=3600';

const localeOf = (request: FastifyRequest): Locale =>
  parseInput(langQuery, request.query).lang ?? requestLocale(request);

/** Public files of the activities: a calendar entry and a flyer per activity, and a feed of them all. */
export async function activityFileRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const ctx = contextFrom(deps);
  const origin = deps.config.publicUrl;

  app.get('/api/activities/:activityId/calendar.ics', async (request, reply) => {
    const activity = await service.getActivity(ctx, parseInput(params, request.params).activityId);
    return reply
      .type('text/calendar; charset=utf-8')
      .header('Content-Disposition', 'attachment; filename="activity.ics"')
      .header('Cache-Control', PUBLIC_CACHE)
      .send(activityCalendar(activity, origin, localeOf(request), ctx.now()));
  });
  app.get('/api/activities/:activityId/flyer.pdf', async (request, reply) => {
    const activity = await service.getActivity(ctx, parseInput(params, request.params).activityId);
    return reply
      .type('application/pdf')
      .header('Content-Disposition', 'inline; filename="flyer.pdf"')
      .header('Cache-Control', PUBLIC_CACHE)
      .send(await activityFlyer(activity, origin, localeOf(request)));
  });
  app.get('/activities/feed.atom', async (request, reply) => {
    const list = await service.listActivities(ctx, {});
    return reply
      .type('application/atom+xml; charset=utf-8')
      .header('Cache-Control', 'public, max-age=600')
      .send(activityFeed(list, origin, localeOf(request), ctx.now()));
  });
}
