import type { GroundRules } from '../../../core/api/groups';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { closeGroupAccess } from '../../realtime/registry';
import * as repo from './repo';

/** The current ground rules with who accepted them. */
export async function getRules(db: Db, groupId: string, actorId: string): Promise<GroundRules> {
  const rules = await repo.currentRules(db, groupId);
  if (!rules) throw new AppError('not_found', 404);
  const members = await repo.listMembers(db, groupId, rules.version);
  return {
    version: rules.version,
    items: rules.items,
    createdAt: rules.createdAt.toISOString(),
    acceptedByMe: members.some((m) => m.userId === actorId && m.accepted),
    acceptances: members.map((m) => ({ userId: m.userId, name: m.name, accepted: m.accepted })),
  };
}

/**
 * Stores a new version. Acceptances belong to a version, so everyone (the editor included) has to accept
 * again before seeing case content.
 */
export async function replaceRules(db: Db, groupId: string, actorId: string, items: repo.RuleItems) {
  await repo.insertRulesVersion(db, groupId, items, actorId);
  // Nobody has accepted the new version yet, so every member leaves the live meetings until they do.
  closeGroupAccess(groupId);
  return getRules(db, groupId, actorId);
}

/** Accepts the version the member read; accepting an older version is refused so nobody signs unseen text. */
export async function acceptRules(db: Db, groupId: string, actorId: string, version: number) {
  const rules = await repo.currentRules(db, groupId);
  if (!rules || rules.version !== version) throw new AppError('rules_outdated', 409);
  await repo.insertAcceptance(db, groupId, actorId, version);
  return getRules(db, groupId, actorId);
}
