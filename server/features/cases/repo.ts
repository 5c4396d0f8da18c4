import { and, asc, desc, eq, inArray, isNull, lt, ne, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actions, cases, groups, meetings, recusals, users } from '../../db/schema/index';

export type CaseRow = typeof cases.$inferSelect & { authorName: string };
const caseColumns = { c: cases, authorName: users.name };
const flatten = (r: { c: typeof cases.$inferSelect; authorName: string }): CaseRow => ({
  ...r.c,
  authorName: r.authorName,
});

export async function insertCase(db: Db, row: typeof cases.$inferInsert): Promise<void> {
  await db.insert(cases).values(row);
}

export async function findCase(db: Db, caseId: string): Promise<CaseRow | undefined> {
  const [row] = await db
    .select(caseColumns)
    .from(cases)
    .innerJoin(users, eq(users.id, cases.authorId))
    .where(eq(cases.id, caseId));
  return row && flatten(row);
}

export async function updateCaseRow(
  db: Db,
  caseId: string,
  patch: Partial<typeof cases.$inferInsert>,
): Promise<void> {
  await db
    .update(cases)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(cases.id, caseId));
}

export async function deleteCaseRow(db: Db, caseId: string): Promise<void> {
  await db.delete(cases).where(eq(cases.id, caseId));
}

export async function casesOfAuthor(db: Db, authorId: string): Promise<CaseRow[]> {
  const rows = await db
    .select(caseColumns)
    .from(cases)
    .innerJoin(users, eq(users.id, cases.authorId))
    .where(eq(cases.authorId, authorId))
    .orderBy(desc(cases.updatedAt));
  return rows.map(flatten);
}

/** Cases brought in for a meeting (drafts excluded), oldest first. */
export async function casesOfMeeting(db: Db, meetingId: string): Promise<CaseRow[]> {
  const rows = await db
    .select(caseColumns)
    .from(cases)
    .innerJoin(users, eq(users.id, cases.authorId))
    .where(and(eq(cases.meetingId, meetingId), ne(cases.status, 'draft')))
    .orderBy(asc(cases.createdAt));
  return rows.map(flatten);
}

export async function recusedCaseIds(db: Db, userId: string, caseIds: string[]): Promise<Set<string>> {
  if (caseIds.length === 0) return new Set();
  const rows = await db
    .select({ caseId: recusals.caseId })
    .from(recusals)
    .where(and(eq(recusals.userId, userId), inArray(recusals.caseId, caseIds)));
  return new Set(rows.map((r) => r.caseId));
}

export async function addRecusal(db: Db, caseId: string, userId: string): Promise<void> {
  await db.insert(recusals).values({ caseId, userId }).onConflictDoNothing();
}

export async function removeRecusal(db: Db, caseId: string, userId: string): Promise<void> {
  await db.delete(recusals).where(and(eq(recusals.caseId, caseId), eq(recusals.userId, userId)));
}

export async function meetingGroup(db: Db, meetingId: string) {
  const [row] = await db
    .select({ groupId: meetings.groupId, startsAt: meetings.startsAt })
    .from(meetings)
    .where(eq(meetings.id, meetingId));
  return row;
}

// ---------- actions ----------
const actionColumns = { a: actions, userName: users.name, groupName: groups.name };
export type ActionRow = typeof actions.$inferSelect & { userName: string; groupName: string };
const flattenAction = (r: {
  a: typeof actions.$inferSelect;
  userName: string;
  groupName: string;
}): ActionRow => ({
  ...r.a,
  userName: r.userName,
  groupName: r.groupName,
});
const actionQuery = (db: Db) =>
  db
    .select(actionColumns)
    .from(actions)
    .innerJoin(users, eq(users.id, actions.userId))
    .innerJoin(groups, eq(groups.id, actions.groupId));

export async function insertActions(db: Db, rows: (typeof actions.$inferInsert)[]): Promise<void> {
  if (rows.length) await db.insert(actions).values(rows);
}

export async function findAction(db: Db, actionId: string): Promise<ActionRow | undefined> {
  const [row] = await actionQuery(db).where(eq(actions.id, actionId));
  return row && flattenAction(row);
}

export async function updateActionRow(db: Db, actionId: string, patch: Partial<typeof actions.$inferInsert>) {
  await db.update(actions).set(patch).where(eq(actions.id, actionId));
}

export async function actionsOfUser(db: Db, userId: string): Promise<ActionRow[]> {
  const rows = await actionQuery(db)
    .where(eq(actions.userId, userId))
    .orderBy(asc(actions.status), desc(actions.createdAt));
  return rows.map(flattenAction);
}

/** Open actions of the group from meetings before `before` (or made outside a meeting before it). */
export async function openActionsBefore(db: Db, groupId: string, before: Date, excludeMeetingId: string) {
  const earlier = db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.groupId, groupId), lt(meetings.startsAt, before)));
  const rows = await actionQuery(db)
    .where(
      and(
        eq(actions.groupId, groupId),
        eq(actions.status, 'open'),
        or(
          inArray(actions.meetingId, earlier),
          and(isNull(actions.meetingId), lt(actions.createdAt, before)),
        ),
        or(isNull(actions.meetingId), ne(actions.meetingId, excludeMeetingId)),
      ),
    )
    .orderBy(asc(users.name), asc(actions.createdAt));
  return rows.map(flattenAction);
}
