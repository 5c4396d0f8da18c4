import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { updateRetentionSchema } from '../../../core/api/retention';
import type { AppDeps } from '../../http/app';
import { parseInput } from '../../http/errors';
import { requireUser } from '../account/session';
import { retentionPolicy as policy } from './policy';
import { getRetention, meetingRetention, setRetention } from './service';

const groupParams = z.object({ groupId: z.string().min(1).max(64) });
const meetingParams = z.object({ meetingId: z.string().min(1).max(64) });

/** A group's retention of case content (LOG-8) and when one meeting's content goes. */
export async function retentionRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const { db } = deps.database;

  app.get('/api/groups/:groupId/retention', async (request) => {
    const me = await requireUser(deps.auth, request);
    const { groupId } = parseInput(groupParams, request.params);
    await policy.read(db, me.id, groupId);
    return getRetention(db, groupId);
  });
  app.put('/api/groups/:groupId/retention', async (request) => {
    const me = await requireUser(deps.auth, request);
    const { groupId } = parseInput(groupParams, request.params);
    await policy.change(db, me.id, groupId);
    const { days } = parseInput(updateRetentionSchema, request.body);
    return setRetention(db, groupId, days, me.id, new Date());
  });
  app.get('/api/meetings/:meetingId/retention', async (request) => {
    const me = await requireUser(deps.auth, request);
    const { meetingId } = parseInput(meetingParams, request.params);
    const access = await policy.readMeeting(db, me.id, meetingId);
    return meetingRetention(db, access.meeting);
  });
}
