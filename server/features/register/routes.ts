import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  dossierQuerySchema,
  newTargetSchema,
  signOffSchema,
  statementSchema,
  targetSchema,
} from '../../../core/api/register';
import { TARGET_EXAMPLE_IDS } from '../../../core/register/examples';
import type { AppDeps } from '../../http/app';
import { parseInput, requestLocale } from '../../http/errors';
import { requireUser } from '../account/session';
import { requireMeeting } from '../groups/policy';
import { trajectoryAccess } from '../trajectories/policy';
import { issueDocument, readDossier, verify } from './dossier.service';
import { dossierPdf } from './pdf';
import { readSignOff, sign } from './signoff.service';
import { readStatement, signStatement } from './statement.service';
import { addTarget, changeTarget, listTargets, removeTarget } from './targets.service';

const id = z.string().min(1).max(64);
const meetingParams = z.object({ meetingId: id });
const trajectoryParams = z.object({ trajectoryId: id });
const targetParams = z.object({ targetId: id });
const codeParams = z.object({ code: z.string().min(4).max(40) });
const VERIFY_RATE = { rateLimit: { max: 30, timeWindow: '1 minute' } };

/** Hours a register accepts: sign-offs, statements, targets, the dossier and its verification (REG-1 … REG-9). */
export async function registerRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const { db } = deps.database;
  const me = (request: Parameters<typeof requireUser>[1]) => requireUser(deps.auth, request);

  app.get('/api/meetings/:meetingId/sign-off', async (request) => {
    const user = await me(request);
    const { meetingId } = parseInput(meetingParams, request.params);
    const access = await requireMeeting(db, user.id, meetingId);
    return readSignOff(db, access.meeting, { id: user.id, access });
  });
  for (const [path, kind] of [
    ['sign-off', 'own'],
    ['countersign', 'countersign'],
  ] as const) {
    app.post(`/api/meetings/:meetingId/${path}`, async (request) => {
      const user = await me(request);
      const { meetingId } = parseInput(meetingParams, request.params);
      const access = await requireMeeting(db, user.id, meetingId);
      const input = parseInput(signOffSchema, request.body);
      return sign(db, access.meeting, { ...user, access }, kind, input, new Date());
    });
  }

  app.get('/api/trajectories/:trajectoryId/statement', async (request) => {
    const user = await me(request);
    const { trajectoryId } = parseInput(trajectoryParams, request.params);
    const { trajectory } = await trajectoryAccess(db, user.id, trajectoryId);
    return readStatement(db, user.id, trajectory);
  });
  app.put('/api/trajectories/:trajectoryId/statement', async (request) => {
    const user = await me(request);
    const { trajectoryId } = parseInput(trajectoryParams, request.params);
    const { trajectory } = await trajectoryAccess(db, user.id, trajectoryId);
    const { confirm: _confirm, ...input } = parseInput(statementSchema, request.body);
    return signStatement(db, user, trajectory, input, new Date());
  });

  app.get('/api/me/register-targets', async (request) => ({
    targets: await listTargets(db, (await me(request)).id),
    examples: TARGET_EXAMPLE_IDS,
  }));
  app.post('/api/me/register-targets', async (request) => {
    const user = await me(request);
    return addTarget(db, user.id, parseInput(newTargetSchema, request.body), requestLocale(request));
  });
  app.put('/api/me/register-targets/:targetId', async (request) => {
    const user = await me(request);
    const { targetId } = parseInput(targetParams, request.params);
    return changeTarget(db, user.id, targetId, parseInput(targetSchema, request.body), new Date());
  });
  app.delete('/api/me/register-targets/:targetId', async (request, reply) => {
    const user = await me(request);
    await removeTarget(db, user.id, parseInput(targetParams, request.params).targetId);
    return reply.code(204).send();
  });

  const dossierOf = async (request: Parameters<typeof requireUser>[1], kind: 'dossier' | 'dossier.pdf') => {
    const user = await me(request);
    const query = parseInput(dossierQuerySchema, request.query);
    const period = { from: query.from, to: query.to };
    return { query, dossier: await readDossier(db, user, period, await listTargets(db, user.id), kind) };
  };
  app.get('/api/me/dossier', async (request) => (await dossierOf(request, 'dossier')).dossier);
  app.get('/api/me/dossier.pdf', async (request, reply) => {
    const { query, dossier } = await dossierOf(request, 'dossier.pdf');
    const now = new Date();
    const code = await issueDocument(db, (await me(request)).id, dossier, now);
    const url = `${deps.config.publicUrl}/verify/${code}`;
    const pdf = await dossierPdf(dossier, query.lang ?? requestLocale(request), { code, url }, now);
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="dossier-${dossier.from}-${dossier.to}.pdf"`)
      .send(pdf);
  });

  app.get('/api/verify/:code', { config: VERIFY_RATE }, async (request) =>
    verify(db, parseInput(codeParams, request.params).code),
  );
}
