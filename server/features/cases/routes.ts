import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  createActionSchema,
  createCaseSchema,
  privacyCheckSchema,
  updateActionSchema,
  updateCaseSchema,
} from '../../../core/api/groups';
import { findPersonalData, redact } from '../../../core/cases/privacy';
import type { AppDeps } from '../../http/app';
import { AppError, parseInput, requestLocale } from '../../http/errors';
import { requireUser } from '../account/session';
import { assertAccepted, requireMeeting, requireMember } from '../groups/policy';
import * as actions from './actions.service';
import { requireCase, requireCaseDeletion } from './policy';
import * as repo from './repo';
import * as cases from './service';

const id = z.string().min(1).max(64);
const groupParams = z.object({ groupId: id });
const caseParams = z.object({ caseId: id });
const meetingParams = z.object({ meetingId: id });
const actionParams = z.object({ actionId: id });
/** Calls of the privacy check per client address and minute. */
export const PRIVACY_RATE = { max: 30, timeWindow: '1 minute' };

/** Case intake, case inventory, recusal, privacy check, actions and follow-up. */
export async function caseRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const db = deps.database.db;
  const user = (request: FastifyRequest) => requireUser(deps.auth, request);

  app.post('/api/groups/:groupId/cases', async (request, reply) => {
    const me = await user(request);
    const { groupId } = parseInput(groupParams, request.params);
    const input = parseInput(createCaseSchema, request.body);
    const access = await requireMember(db, me.id, groupId);
    return reply.status(201).send(await cases.createCase(db, me.id, groupId, access, input));
  });
  app.get('/api/me/cases', async (request) => ({ cases: await cases.myCases(db, (await user(request)).id) }));
  app.get('/api/cases/:caseId', async (request) => {
    const me = await user(request);
    const { caseId } = parseInput(caseParams, request.params);
    return cases.presentCase((await requireCase(db, me.id, caseId)).row);
  });
  app.patch('/api/cases/:caseId', async (request) => {
    const me = await user(request);
    const { caseId } = parseInput(caseParams, request.params);
    const input = parseInput(updateCaseSchema, request.body);
    const found = await requireCase(db, me.id, caseId);
    if (!found.isAuthor) throw new AppError('forbidden', 403);
    return cases.updateCase(db, found.row, found.access, input);
  });
  app.delete('/api/cases/:caseId', async (request, reply) => {
    const me = await user(request);
    const { caseId } = parseInput(caseParams, request.params);
    await requireCaseDeletion(db, me.id, caseId);
    await repo.deleteCaseRow(db, caseId);
    return reply.status(204).send();
  });
  app.get('/api/meetings/:meetingId/cases', async (request) => {
    const me = await user(request);
    const { meetingId } = parseInput(meetingParams, request.params);
    assertAccepted(await requireMeeting(db, me.id, meetingId));
    return cases.inventory(db, me.id, meetingId);
  });

  app.post('/api/cases/:caseId/recusal', async (request, reply) => {
    const me = await user(request);
    const { caseId } = parseInput(caseParams, request.params);
    const found = await requireCase(db, me.id, caseId, 'presence');
    if (found.isAuthor) throw new AppError('own_case_recusal', 400);
    await repo.addRecusal(db, caseId, me.id);
    return reply.status(204).send();
  });
  app.delete('/api/cases/:caseId/recusal', async (request, reply) => {
    const me = await user(request);
    const { caseId } = parseInput(caseParams, request.params);
    await requireCase(db, me.id, caseId, 'presence');
    await repo.removeRecusal(db, caseId, me.id);
    return reply.status(204).send();
  });

  // The check reads the whole text; a client that asks more often than someone typing is refused (HIGH 2).
  app.post('/api/privacy/check', { config: { rateLimit: PRIVACY_RATE } }, async (request) => {
    await user(request);
    const input = parseInput(privacyCheckSchema, request.body);
    const findings = findPersonalData(input.text, input.locale ?? requestLocale(request));
    return { findings, redacted: redact(input.text, findings) };
  });

  app.get('/api/me/actions', async (request) => ({
    actions: await actions.myActions(db, (await user(request)).id),
  }));
  app.post('/api/groups/:groupId/actions', async (request, reply) => {
    const me = await user(request);
    const { groupId } = parseInput(groupParams, request.params);
    const input = parseInput(createActionSchema, request.body);
    await requireMember(db, me.id, groupId);
    if (input.meetingId && (await repo.meetingGroup(db, input.meetingId))?.groupId !== groupId) {
      throw new AppError('validation_failed', 400, [
        { path: 'meetingId', message: 'not a meeting of this group' },
      ]);
    }
    if (input.caseId && (await repo.findCase(db, input.caseId))?.authorId !== me.id) {
      throw new AppError('validation_failed', 400, [{ path: 'caseId', message: 'not your case' }]);
    }
    const [actionId] = await actions.addActions(
      db,
      { userId: me.id, groupId, meetingId: input.meetingId, caseId: input.caseId },
      [input.text],
    );
    return reply.status(201).send(await actions.updateAction(db, me.id, actionId!, {}));
  });
  app.patch('/api/actions/:actionId', async (request) => {
    const me = await user(request);
    const { actionId } = parseInput(actionParams, request.params);
    return actions.updateAction(db, me.id, actionId, parseInput(updateActionSchema, request.body));
  });
  app.get('/api/meetings/:meetingId/follow-up', async (request) => {
    const me = await user(request);
    const { meetingId } = parseInput(meetingParams, request.params);
    const access = await requireMeeting(db, me.id, meetingId);
    assertAccepted(access);
    return { actions: await actions.followUp(db, access.meeting, me.id) };
  });
}
