import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  acceptGroundRulesSchema,
  createEmailInviteSchema,
  createGroupSchema,
  createLinkInviteSchema,
  updateGroundRulesSchema,
  updateGroupSchema,
  updateMemberSchema,
} from '../../../core/api/groups';
import { updateReportSharingSchema } from '../../../core/api/reports';
import type { AppDeps } from '../../http/app';
import { parseInput } from '../../http/errors';
import { requireUser } from '../account/session';
import { sendGroupClosed } from '../personal-data/mail';
import { contextFrom } from './context';
import * as invites from './invites.service';
import { requireMember, requireRole } from './policy';
import * as repo from './repo';
import { setReportSharing } from './report-sharing';
import * as rules from './rules.service';
import * as groups from './service';

const groupParams = z.object({ groupId: z.string().min(1).max(64) });
const memberParams = groupParams.extend({ userId: z.string().min(1).max(64) });
const inviteParams = groupParams.extend({ inviteId: z.string().min(1).max(64) });
const tokenParams = z.object({ token: z.string().min(10).max(100) });

/** Groups, members, invites, ground rules and report sharing. */
export async function groupRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const ctx = contextFrom(deps);
  const { db } = ctx;
  const user = (request: Parameters<typeof requireUser>[1]) => requireUser(deps.auth, request);

  app.post('/api/groups', async (request, reply) => {
    const me = await user(request);
    const input = parseInput(createGroupSchema, request.body);
    return reply.status(201).send(await groups.createGroup(db, me.id, input));
  });
  app.get('/api/groups', async (request) => ({
    groups: await groups.listMyGroups(db, (await user(request)).id),
  }));
  app.get('/api/groups/:groupId', async (request) => {
    const me = await user(request);
    const { groupId } = parseInput(groupParams, request.params);
    return groups.getGroup(db, groupId, await requireMember(db, me.id, groupId));
  });
  app.patch('/api/groups/:groupId', async (request) => {
    const me = await user(request);
    const { groupId } = parseInput(groupParams, request.params);
    const access = await requireRole(db, me.id, groupId, 'admin');
    return groups.updateGroup(db, groupId, access, parseInput(updateGroupSchema, request.body));
  });
  app.delete('/api/groups/:groupId', async (request, reply) => {
    const me = await user(request);
    const { groupId } = parseInput(groupParams, request.params);
    await requireRole(db, me.id, groupId, 'admin');
    const closed = await repo.findGroup(db, groupId);
    const others = (await repo.listMembers(db, groupId, 0)).filter((m) => m.userId !== me.id);
    await groups.deleteGroup(db, groupId);
    // ACCOUNT-2: the other members hear that their group is gone, after the reply.
    void sendGroupClosed(ctx.mailer, ctx.publicUrl, closed?.name ?? '', others).catch((err) =>
      request.log.error({ err }, 'mailing the members of a closed group failed'),
    );
    return reply.status(204).send();
  });

  app.get('/api/groups/:groupId/members', async (request) => {
    const me = await user(request);
    const { groupId } = parseInput(groupParams, request.params);
    await requireMember(db, me.id, groupId);
    return groups.listMembers(db, groupId);
  });
  app.patch('/api/groups/:groupId/members/:userId', async (request) => {
    const me = await user(request);
    const { groupId, userId } = parseInput(memberParams, request.params);
    await requireRole(db, me.id, groupId, 'admin');
    return groups.changeRole(db, groupId, userId, parseInput(updateMemberSchema, request.body).role);
  });
  app.delete('/api/groups/:groupId/members/:userId', async (request, reply) => {
    const me = await user(request);
    const { groupId, userId } = parseInput(memberParams, request.params);
    // Anyone may leave; only admins remove others.
    await requireRole(db, me.id, groupId, userId === me.id ? 'member' : 'admin');
    await groups.removeMember(db, groupId, userId, userId === me.id ? undefined : new Date());
    return reply.status(204).send();
  });

  app.get('/api/groups/:groupId/invites', async (request) => {
    const me = await user(request);
    const { groupId } = parseInput(groupParams, request.params);
    await requireRole(db, me.id, groupId, 'admin');
    return { invites: await invites.listInvites(ctx, groupId) };
  });
  app.post('/api/groups/:groupId/invites', async (request, reply) => {
    const me = await user(request);
    const { groupId } = parseInput(groupParams, request.params);
    const input = parseInput(createLinkInviteSchema, request.body ?? {});
    await requireRole(db, me.id, groupId, 'admin');
    return reply.status(201).send(await invites.createLinkInvite(ctx, groupId, me.id, input.expiresInDays));
  });
  app.post('/api/groups/:groupId/invites/email', async (request, reply) => {
    const me = await user(request);
    const { groupId } = parseInput(groupParams, request.params);
    const input = parseInput(createEmailInviteSchema, request.body);
    await requireRole(db, me.id, groupId, 'admin');
    const created = await invites.createEmailInvite(ctx, groupId, me, input.email, input.expiresInDays);
    return reply.status(201).send(created);
  });
  app.delete('/api/groups/:groupId/invites/:inviteId', async (request, reply) => {
    const me = await user(request);
    const { groupId, inviteId } = parseInput(inviteParams, request.params);
    await requireRole(db, me.id, groupId, 'admin');
    await invites.revokeInvite(ctx, groupId, inviteId);
    return reply.status(204).send();
  });
  app.get(
    '/api/invites/:token',
    { config: { rateLimit: { max: 60, timeWindow: '1 minute' } } },
    async (request) => invites.previewInvite(ctx, parseInput(tokenParams, request.params).token),
  );
  app.post('/api/invites/:token/accept', async (request) => {
    const me = await user(request);
    return invites.acceptInvite(ctx, parseInput(tokenParams, request.params).token, me);
  });

  app.get('/api/groups/:groupId/rules', async (request) => {
    const me = await user(request);
    const { groupId } = parseInput(groupParams, request.params);
    await requireMember(db, me.id, groupId);
    return rules.getRules(db, groupId, me.id);
  });
  app.put('/api/groups/:groupId/rules', async (request) => {
    const me = await user(request);
    const { groupId } = parseInput(groupParams, request.params);
    const input = parseInput(updateGroundRulesSchema, request.body);
    await requireRole(db, me.id, groupId, 'admin');
    return rules.replaceRules(db, groupId, me.id, input.items);
  });
  // REPORT-6: only admins choose what others see of a report; every choice is kept (REPORT-5).
  app.put('/api/groups/:groupId/report-sharing', async (request) => {
    const me = await user(request);
    const { groupId } = parseInput(groupParams, request.params);
    await requireRole(db, me.id, groupId, 'admin');
    const { level } = parseInput(updateReportSharingSchema, request.body);
    return setReportSharing(db, groupId, level, me.id, ctx.now());
  });
  app.post('/api/groups/:groupId/rules/accept', async (request) => {
    const me = await user(request);
    const { groupId } = parseInput(groupParams, request.params);
    const input = parseInput(acceptGroundRulesSchema, request.body);
    await requireMember(db, me.id, groupId);
    return rules.acceptRules(db, groupId, me.id, input.version);
  });
}
