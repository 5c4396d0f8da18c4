import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { accessLogQuerySchema } from '../../../core/api/access-log';
import type { AppDeps } from '../../http/app';
import { parseInput } from '../../http/errors';
import { requireUser } from '../account/session';
import { accessLogPolicy as policy } from './policy';
import { groupAccessLog } from './service';

const params = z.object({ groupId: z.string().min(1).max(64) });

/** The group's trail of who read or downloaded reports and attendance (AUDIT-2). */
export async function accessLogRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const { db } = deps.database;
  app.get('/api/groups/:groupId/access-log', async (request, reply) => {
    const me = await requireUser(deps.auth, request);
    const { groupId } = parseInput(params, request.params);
    const { limit } = parseInput(accessLogQuerySchema, request.query);
    await policy.read(db, me.id, groupId);
    return reply.header('cache-control', 'private, no-store').send(await groupAccessLog(db, groupId, limit));
  });
}
