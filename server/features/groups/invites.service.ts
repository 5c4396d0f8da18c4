import { randomUUID } from 'node:crypto';
import {
  type CreatedInvite,
  type Invite,
  type InvitePreview,
  MAX_GROUP_SIZE,
} from '../../../core/api/groups';
import { type Locale, translate } from '../../../core/i18n/index';
import { AppError } from '../../http/errors';
import { type ServiceContext, webLinks } from './context';
import type { InviteRow } from './invites.repo';
import * as invites from './invites.repo';
import * as repo from './repo';
import { hashSecret, newSecret } from './tokens';

const DAY = 24 * 60 * 60 * 1000;

function present(row: InviteRow): Invite {
  return {
    id: row.id,
    kind: row.kind,
    email: row.email,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    usedCount: row.usedCount,
  };
}

async function create(
  ctx: ServiceContext,
  groupId: string,
  actorId: string,
  kind: 'link' | 'email',
  days: number,
  email: string | null,
): Promise<CreatedInvite> {
  const token = newSecret();
  const tokenHash = hashSecret(token);
  const expiresAt = new Date(ctx.now().getTime() + days * DAY);
  const renewed = email
    ? await invites.renewEmailInvite(ctx.db, groupId, email, { tokenHash, expiresAt, now: ctx.now() })
    : undefined;
  const row =
    renewed ??
    (await invites.insertInvite(ctx.db, {
      id: randomUUID(),
      groupId,
      kind,
      email,
      tokenHash,
      createdBy: actorId,
      expiresAt,
    }));
  return { ...present(row), token, url: webLinks.invite(ctx.publicUrl, token) };
}

/** A reusable invite link that works until it expires or is revoked. */
export function createLinkInvite(ctx: ServiceContext, groupId: string, actorId: string, days: number) {
  return create(ctx, groupId, actorId, 'link', days, null);
}

/** A one-use invite mailed to one address, in the group's language; a second one renews the first (new link). */
export async function createEmailInvite(
  ctx: ServiceContext,
  groupId: string,
  actor: { id: string; name: string },
  email: string,
  days: number,
): Promise<CreatedInvite> {
  const created = await create(ctx, groupId, actor.id, 'email', days, email);
  const group = (await repo.findGroup(ctx.db, groupId))!;
  const locale: Locale = group.language === 'en' ? 'en' : 'nl';
  const expires = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(
    new Date(created.expiresAt),
  );
  await ctx.mailer.send({
    to: email,
    subject: translate(locale, 'groups.mail.inviteSubject', { group: group.name }),
    text: translate(locale, 'groups.mail.inviteBody', {
      inviter: actor.name,
      group: group.name,
      url: created.url,
      expires,
    }),
  });
  return created;
}

export async function listInvites(ctx: ServiceContext, groupId: string): Promise<Invite[]> {
  return (await invites.openInvites(ctx.db, groupId, ctx.now())).map(present);
}

export async function revokeInvite(ctx: ServiceContext, groupId: string, inviteId: string): Promise<void> {
  if (!(await invites.revokeInvite(ctx.db, groupId, inviteId, ctx.now())))
    throw new AppError('not_found', 404);
}

/** The invite behind a token if it can still be used; expired, revoked and unknown tokens look the same. */
async function usableInvite(ctx: ServiceContext, token: string): Promise<InviteRow> {
  const row = await invites.findInviteByHash(ctx.db, hashSecret(token));
  if (!row || row.revokedAt || row.expiresAt <= ctx.now()) throw new AppError('invite_invalid', 410);
  return row;
}

export async function previewInvite(ctx: ServiceContext, token: string): Promise<InvitePreview> {
  const invite = await usableInvite(ctx, token);
  const group = (await repo.findGroup(ctx.db, invite.groupId))!;
  const count = await repo.memberCount(ctx.db, group.id);
  return {
    groupName: group.name,
    groupDescription: group.description,
    language: group.language === 'en' ? 'en' : 'nl',
    memberCount: count,
    full: count >= MAX_GROUP_SIZE,
    expiresAt: invite.expiresAt.toISOString(),
  };
}

/**
 * Joins the group behind the token; the eleventh member is refused. An e-mail invite admits only the
 * account of the address it was sent to, and only once.
 */
export async function acceptInvite(ctx: ServiceContext, token: string, user: { id: string; email: string }) {
  const invite = await usableInvite(ctx, token);
  if (invite.kind === 'email' && invite.email?.toLowerCase() !== user.email.toLowerCase()) {
    throw new AppError('invite_wrong_email', 403);
  }
  const claim = invites.claimInvite(invite, user.id, ctx.now());
  const result = await repo.addMemberIfRoom(ctx.db, invite.groupId, user.id, MAX_GROUP_SIZE, claim);
  if (result === 'full') throw new AppError('group_full', 409);
  if (result === 'invalid') throw new AppError('invite_invalid', 410);
  return { groupId: invite.groupId, alreadyMember: result === 'already' };
}
