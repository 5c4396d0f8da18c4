import { randomUUID } from 'node:crypto';
import {
  ADVISED_GROUP_SIZE,
  type CreateGroupInput,
  type Group,
  type GroupRole,
  MAX_GROUP_SIZE,
  type MemberList,
  type UpdateGroupInput,
} from '../../../core/api/groups';
import type { Locale } from '../../../core/i18n/index';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { closeAccess, deleteWithRooms } from '../../realtime/registry';
import { type GroupAccess, groupAccess } from './access';
import { defaultRules } from './default-rules';
import * as repo from './repo';
import { reportSharingOf } from './report-sharing';

/** Builds the Group response for one caller. */
async function present(db: Db, row: repo.GroupRow, access: GroupAccess): Promise<Group> {
  const [count, rules, reportSharing] = await Promise.all([
    repo.memberCount(db, row.id),
    repo.currentRules(db, row.id),
    reportSharingOf(db, row.id),
  ]);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    language: row.language === 'en' ? 'en' : 'nl',
    createdAt: row.createdAt.toISOString(),
    memberCount: count,
    sizeWarning: count > ADVISED_GROUP_SIZE,
    myRole: access.role,
    rulesVersion: rules?.version ?? 0,
    acceptedCurrentRules: access.acceptedCurrentRules,
    reportSharing,
  };
}

/** Creates a group with the default ground rules; the creator becomes admin (and has not yet accepted). */
export async function createGroup(
  db: Db,
  actorId: string,
  input: Required<CreateGroupInput>,
): Promise<Group> {
  const id = randomUUID();
  await repo.insertGroup(db, { id, ...input }, actorId, defaultRules(input.language as Locale));
  const row = (await repo.findGroup(db, id))!;
  return present(db, row, { role: 'admin', acceptedCurrentRules: false });
}

export async function getGroup(db: Db, groupId: string, access: GroupAccess): Promise<Group> {
  const row = await repo.findGroup(db, groupId);
  if (!row) throw new AppError('not_found', 404);
  return present(db, row, access);
}

export async function listMyGroups(db: Db, actorId: string): Promise<Group[]> {
  const mine = await repo.groupIdsOf(db, actorId);
  const rows = await repo.groupsByIds(
    db,
    mine.map((m) => m.groupId),
  );
  const out: Group[] = [];
  for (const row of rows) {
    const access = await groupAccess(db, actorId, row.id);
    if (access) out.push(await present(db, row, access));
  }
  return out;
}

export async function updateGroup(db: Db, groupId: string, access: GroupAccess, input: UpdateGroupInput) {
  const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  await repo.updateGroupRow(db, groupId, patch);
  return getGroup(db, groupId, access);
}

export async function deleteGroup(db: Db, groupId: string): Promise<void> {
  // The live rooms of its meetings close first and stay closed (LIVE-2).
  await deleteWithRooms({ groupId }, () => repo.deleteGroupRow(db, groupId));
}

export async function listMembers(db: Db, groupId: string): Promise<MemberList> {
  const rules = await repo.currentRules(db, groupId);
  const rows = await repo.listMembers(db, groupId, rules?.version ?? 0);
  return {
    members: rows.map((r) => ({
      userId: r.userId,
      name: r.name,
      role: r.role,
      joinedAt: r.joinedAt.toISOString(),
      acceptedCurrentRules: r.accepted,
    })),
    sizeWarning: rows.length > ADVISED_GROUP_SIZE,
    maxMembers: MAX_GROUP_SIZE,
  };
}

/** Changes a member's role; the last admin cannot step down, so a group is never left unmanaged. */
export async function changeRole(db: Db, groupId: string, userId: string, role: GroupRole) {
  const members = await listMembers(db, groupId);
  const target = members.members.find((m) => m.userId === userId);
  if (!target) throw new AppError('not_found', 404);
  if (target.role === 'admin' && role !== 'admin' && (await repo.adminCount(db, groupId)) <= 1) {
    throw new AppError('last_admin', 409);
  }
  await repo.setRole(db, groupId, userId, role);
  return { ...target, role };
}

/** Removes a member (or lets one leave); the last admin must hand over first unless they are alone. */
export async function removeMember(db: Db, groupId: string, userId: string, removedAt?: Date): Promise<void> {
  const members = await listMembers(db, groupId);
  const target = members.members.find((m) => m.userId === userId);
  if (!target) throw new AppError('not_found', 404);
  const lastAdmin = target.role === 'admin' && (await repo.adminCount(db, groupId)) <= 1;
  if (lastAdmin && members.members.length > 1) throw new AppError('last_admin', 409);
  if (lastAdmin) return deleteGroup(db, groupId);
  await repo.removeMember(db, groupId, userId, removedAt);
  // Whoever is no longer a member leaves the group's live meetings at once (close code 4003).
  closeAccess(userId, groupId);
}
