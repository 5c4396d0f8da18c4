import { randomUUID } from 'node:crypto';
import { type Locale, translate } from '../../../core/i18n/index';
import type { Db } from '../../db/client';
import { forgetConnections } from '../../realtime/connection-log';
import { accessBy } from '../access-log/repo';
import { learningRowsOf } from '../learning/repo';
import { registerRowsOf } from '../register/repo';
import { pseudonymise } from './pseudonym';
import * as repo from './repo';

/** Everything a person wrote in Kring or that Kring keeps about them (EXPORT-1). */
export async function exportData(db: Db, userId: string, now: Date) {
  const user = await repo.findUser(db, userId);
  if (!user) return null;
  const [own, events, reads, learning, register] = await Promise.all([
    repo.ownRows(db, userId),
    repo.eventsAbout(db, userId),
    accessBy(db, userId),
    learningRowsOf(db, userId),
    registerRowsOf(db, userId),
  ]);
  return {
    exportedAt: now.toISOString(),
    profile: {
      id: user.id,
      name: user.name,
      email: user.email,
      locale: user.locale,
      createdAt: user.createdAt,
    },
    memberships: own.member.map(({ groupId: _id, ...m }) => m),
    groundRulesAccepted: own.accepted,
    rsvps: own.replies,
    cases: own.written.map(({ group, case: c }) => ({ group, ...c })),
    actions: own.todo.map(({ group, action }) => ({ group, ...action })),
    attendance: own.present,
    meetingLog: events.map(({ language: _language, ...e }) => ({ ...e, byMe: e.actorId === userId })),
    reads,
    calendarFeeds: own.feeds,
    ...learning,
    ...register,
  };
}
export type PersonalExport = NonNullable<Awaited<ReturnType<typeof exportData>>>;

/** Groups where the person is the only admin while others remain: they must hand over or close them first. */
export async function groupsToHandOver(db: Db, userId: string) {
  const mine = await repo.groupsOf(db, userId);
  return mine
    .filter((g) => g.role === 'admin' && g.admins === 1 && g.members > 1)
    .map((g) => ({ id: g.groupId, name: g.name, memberCount: g.members }));
}

/** Groups the person is alone in: they are deleted with the account (ACCOUNT-3). */
export async function groupsClosedWith(db: Db, userId: string) {
  const mine = await repo.groupsOf(db, userId);
  return mine.filter((g) => g.members === 1).map((g) => ({ id: g.groupId, name: g.name }));
}

/**
 * Runs before the account row goes (ACCOUNT-1 … ACCOUNT-3): refuses while the person is the last admin
 * of a group with other members; removes the groups they are alone in; takes them out of planned rotas;
 * and rewrites every meeting event that names them with one pseudonym and "former member" in the group's
 * language. Their own cases, actions, attendance, replies and memberships go with the account (cascade).
 */
export async function prepareAccountDeletion(db: Db, userId: string): Promise<'ok' | 'last_admin'> {
  if ((await groupsToHandOver(db, userId)).length > 0) return 'last_admin';
  const alone = await groupsClosedWith(db, userId);
  await repo.deleteGroups(
    db,
    alone.map((g) => g.id),
  );
  await repo.clearRota(db, userId);
  await forgetConnections(db, userId);
  const pseudonym = `former:${randomUUID()}`;
  for (const e of await repo.eventsAbout(db, userId)) {
    const formerName = translate(e.language as Locale, 'data.formerMember');
    await repo.rewriteEvent(
      db,
      e.meetingId,
      e.seq,
      pseudonymise(e.payload, userId, pseudonym, formerName),
      e.actorId === userId ? pseudonym : e.actorId,
    );
  }
  return 'ok';
}
