import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../http/app';
import { AppError, parseInput } from '../../http/errors';
import { requireUser } from '../account/session';
import { exportHtml } from './html';
import { deletionBlockers } from './policy';
import { exportData } from './service';

const query = z.object({ lang: z.enum(['nl', 'en']).optional() });
const EXPORT_RATE = { max: 10, timeWindow: '1 minute' };

/** The signed-in person's own data: export as JSON and HTML (EXPORT-1); what stands before deletion. */
export async function personalDataRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const { db } = deps.database;
  const load = async (request: Parameters<typeof requireUser>[1]) => {
    const me = await requireUser(deps.auth, request);
    const data = await exportData(db, me.id, new Date());
    if (!data) throw new AppError('unauthorized', 401);
    return { me, data };
  };
  const download = (name: string) => `attachment; filename="${name}"`;

  app.get('/api/me/export.json', { config: { rateLimit: EXPORT_RATE } }, async (request, reply) => {
    const { data } = await load(request);
    return reply
      .header('cache-control', 'private, no-store')
      .header('content-disposition', download('kring-export.json'))
      .send(data);
  });
  app.get('/api/me/export.html', { config: { rateLimit: EXPORT_RATE } }, async (request, reply) => {
    const { me, data } = await load(request);
    const locale = parseInput(query, request.query).lang ?? me.locale;
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'private, no-store')
      .header('content-disposition', download('kring-export.html'))
      .send(exportHtml(data, locale));
  });
  app.get('/api/me/deletion', async (request, reply) => {
    const me = await requireUser(deps.auth, request);
    return reply.header('cache-control', 'private, no-store').send(await deletionBlockers(db, me.id));
  });
}
