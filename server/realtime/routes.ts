import type { FastifyInstance, FastifyRequest } from 'fastify';
import { guestJoinSchema } from '../../core/api/live';
import { CLOSE_CODES } from '../../core/protocol';
import { requireUser } from '../features/account/session';
import { meetingAccess } from '../features/groups/access';
import type { AppDeps } from '../http/app';
import { AppError, parseInput } from '../http/errors';
import { reportDelivery } from '../http/health';
import { joinAddresses } from '../http/lan';
import { coreAfterCommit } from './after-commit';
import { GUEST_COOKIE } from './authenticate';
import { coreEngine } from './core-engine';
import { createGuest, isMemberName, joinCodeFor, meetingOfCode, rotateJoinCode } from './guests.repo';
import { RoomRegistry } from './registry';
import { findMeeting } from './repo';
import { acceptSocket } from './socket';

/** Guests stay signed in to one meeting for half a day at most. */
const GUEST_COOKIE_SECONDS = 12 * 60 * 60;

/** The port the browser used (behind a proxy or at :80 none is named): phones use the same. */
const port = (request: FastifyRequest) => request.port ?? 80;

/** The live meeting socket and the guest join flow around it. */
export async function realtimeRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const { db, pg } = deps.database;
  const afterCommit = coreAfterCommit(db);
  const registry = new RoomRegistry({
    db,
    pg,
    logger: deps.logger,
    engine: coreEngine,
    afterCommit,
    heartbeatMs: deps.realtime?.heartbeatMs,
  });
  await registry.start();
  reportDelivery(app, () => registry.delivering);
  app.addHook('preClose', async () => {
    await registry.shutdown();
    // Sockets that never got as far as a room (still authenticating) go too.
    for (const socket of app.websocketServer.clients) socket.close(CLOSE_CODES.goingAway);
  });

  app.get('/api/meetings/:meetingId/live', { websocket: true }, (socket, request) =>
    acceptSocket(socket, request, { db, auth: deps.auth, logger: deps.logger, registry }),
  );

  app.post<{ Params: { meetingId: string } }>('/api/meetings/:meetingId/join-code', async (request) => {
    const user = await requireUser(deps.auth, request);
    const access = await meetingAccess(db, user.id, request.params.meetingId);
    if (!access) throw new AppError('not_found', 404);
    if (!access.acceptedCurrentRules) throw new AppError('forbidden', 403);
    return {
      code: await joinCodeFor(db, access.meeting.id),
      addresses: joinAddresses(deps.config, port(request)),
    };
  });

  // The chair (in the live state) turns the code over when it went round too far; the old one stops working.
  app.post<{ Params: { meetingId: string } }>(
    '/api/meetings/:meetingId/join-code/rotate',
    async (request) => {
      const user = await requireUser(deps.auth, request);
      const access = await meetingAccess(db, user.id, request.params.meetingId);
      if (!access) throw new AppError('not_found', 404);
      const room = await registry.room(access.meeting);
      if (!access.acceptedCurrentRules || !coreEngine.canAdmitGuests(room.currentState as never, user.id)) {
        throw new AppError('forbidden', 403);
      }
      return {
        code: await rotateJoinCode(db, access.meeting.id),
        addresses: joinAddresses(deps.config, port(request)),
      };
    },
  );

  app.post(
    '/api/guests/join',
    { config: { rateLimit: { max: 20, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const input = parseInput(guestJoinSchema, request.body);
      const meetingId = await meetingOfCode(db, input.code);
      const meeting = meetingId ? await findMeeting(db, meetingId) : null;
      if (!meeting || meeting.status === 'ended') throw new AppError('not_found', 404);
      if (await isMemberName(db, meeting.groupId, input.name)) throw new AppError('guest_name_taken', 409);
      const guest = await createGuest(db, meeting.id, input.name);
      const secure = deps.config.production ? '; Secure' : '';
      reply.header(
        'set-cookie',
        `${GUEST_COOKIE}=${guest.token}; Path=/api/meetings/${meeting.id}/live; HttpOnly; SameSite=Strict; Max-Age=${GUEST_COOKIE_SECONDS}${secure}`,
      );
      return { meetingId: meeting.id, userId: guest.userId };
    },
  );
}
