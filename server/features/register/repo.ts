import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  attendanceSignatures,
  dossierDocuments,
  facilitatorStatements,
  groups,
  meetingEvents,
  meetings,
  registerTargets,
  trajectories,
  trajectoryMeetings,
} from '../../db/schema/index';

export type SignatureRow = typeof attendanceSignatures.$inferSelect;
export type TargetRow = typeof registerTargets.$inferSelect;
export type StatementRow = typeof facilitatorStatements.$inferSelect;
export type DocumentRow = typeof dossierDocuments.$inferSelect;

export const signaturesOf = (db: Db, meetingIds: string[]) =>
  meetingIds.length === 0
    ? Promise.resolve([] as SignatureRow[])
    : db.select().from(attendanceSignatures).where(inArray(attendanceSignatures.meetingId, meetingIds));

/** Stores a signature; false when that line (or the countersignature) was signed already. */
export async function insertSignature(db: Db, row: Omit<SignatureRow, 'signedAt'> & { signedAt: Date }) {
  const stored = await db.insert(attendanceSignatures).values(row).onConflictDoNothing().returning();
  return stored.length > 0;
}

export async function countersignatureOf(db: Db, meetingId: string) {
  const [row] = await db
    .select()
    .from(attendanceSignatures)
    .where(and(eq(attendanceSignatures.meetingId, meetingId), eq(attendanceSignatures.kind, 'countersign')));
  return row;
}

/** The meetings whose log has the person joining (REG-1, REG-8), with their group's name, by start. */
export async function meetingsJoinedBy(db: Db, userId: string) {
  const joined = db
    .selectDistinct({ meetingId: meetingEvents.meetingId })
    .from(meetingEvents)
    .where(
      and(
        eq(meetingEvents.type, 'participantJoined'),
        sql`${meetingEvents.payload}->'participant'->>'userId' = ${userId}`,
      ),
    );
  return db
    .select({ meeting: meetings, groupName: groups.name })
    .from(meetings)
    .innerJoin(groups, eq(groups.id, meetings.groupId))
    .where(inArray(meetings.id, joined))
    .orderBy(asc(meetings.startsAt));
}

/** The trajectory a meeting belongs to, with its facilitator. */
export async function trajectoryOfMeeting(db: Db, meetingId: string) {
  const [row] = await db
    .select({ id: trajectories.id, facilitatorId: trajectories.facilitatorId })
    .from(trajectoryMeetings)
    .innerJoin(trajectories, eq(trajectories.id, trajectoryMeetings.trajectoryId))
    .where(eq(trajectoryMeetings.meetingId, meetingId));
  return row;
}

export async function trajectoriesOfMeetings(db: Db, meetingIds: string[]) {
  if (meetingIds.length === 0) return [];
  return db
    .selectDistinct({ trajectoryId: trajectoryMeetings.trajectoryId })
    .from(trajectoryMeetings)
    .where(inArray(trajectoryMeetings.meetingId, meetingIds));
}

export async function endedMeetingCount(db: Db, trajectoryId: string): Promise<number> {
  const rows = await db
    .select({ id: meetings.id })
    .from(trajectoryMeetings)
    .innerJoin(meetings, eq(meetings.id, trajectoryMeetings.meetingId))
    .where(and(eq(trajectoryMeetings.trajectoryId, trajectoryId), eq(meetings.status, 'ended')));
  return rows.length;
}

export async function statementsOf(db: Db, trajectoryIds: string[]) {
  if (trajectoryIds.length === 0) return [];
  return db
    .select({ row: facilitatorStatements, trajectoryName: trajectories.name, groupName: groups.name })
    .from(facilitatorStatements)
    .innerJoin(trajectories, eq(trajectories.id, facilitatorStatements.trajectoryId))
    .innerJoin(groups, eq(groups.id, trajectories.groupId))
    .where(inArray(facilitatorStatements.trajectoryId, trajectoryIds))
    .orderBy(asc(trajectories.startsOn));
}

export async function saveStatement(db: Db, row: StatementRow): Promise<void> {
  const { trajectoryId: _t, ...set } = row;
  await db
    .insert(facilitatorStatements)
    .values(row)
    .onConflictDoUpdate({ target: facilitatorStatements.trajectoryId, set });
}

export const targetsOf = (db: Db, userId: string) =>
  db
    .select()
    .from(registerTargets)
    .where(eq(registerTargets.userId, userId))
    .orderBy(asc(registerTargets.createdAt), asc(registerTargets.id));

export async function findTarget(db: Db, userId: string, id: string) {
  const [row] = await db
    .select()
    .from(registerTargets)
    .where(and(eq(registerTargets.id, id), eq(registerTargets.userId, userId)));
  return row;
}

export async function insertTarget(db: Db, row: typeof registerTargets.$inferInsert): Promise<void> {
  await db.insert(registerTargets).values(row);
}

export async function updateTarget(db: Db, id: string, set: Partial<TargetRow>): Promise<void> {
  await db.update(registerTargets).set(set).where(eq(registerTargets.id, id));
}

export async function deleteTarget(db: Db, id: string): Promise<void> {
  await db.delete(registerTargets).where(eq(registerTargets.id, id));
}

export async function insertDocument(db: Db, row: typeof dossierDocuments.$inferInsert): Promise<void> {
  await db.insert(dossierDocuments).values(row);
}

export async function findDocument(db: Db, code: string) {
  const [row] = await db.select().from(dossierDocuments).where(eq(dossierDocuments.code, code));
  return row;
}

/**
 * What the register side keeps about one person, for their data export (EXPORT-1): the lines and
 * countersignatures they signed, their targets, the statements they signed as facilitator and the
 * dossier documents made for them (with their verification codes).
 */
export async function registerRowsOf(db: Db, userId: string) {
  const [signed, targets, statements, documents] = await Promise.all([
    db
      .select({
        group: groups.name,
        meetingStartsAt: meetings.startsAt,
        kind: attendanceSignatures.kind,
        name: attendanceSignatures.name,
        signature: attendanceSignatures.signature,
        minutes: attendanceSignatures.minutes,
        signedAt: attendanceSignatures.signedAt,
      })
      .from(attendanceSignatures)
      .innerJoin(meetings, eq(meetings.id, attendanceSignatures.meetingId))
      .innerJoin(groups, eq(groups.id, meetings.groupId))
      .where(eq(attendanceSignatures.userId, userId))
      .orderBy(asc(meetings.startsAt), asc(attendanceSignatures.kind)),
    targetsOf(db, userId),
    db
      .select({ trajectory: trajectories.name, group: groups.name, statement: facilitatorStatements })
      .from(facilitatorStatements)
      .innerJoin(trajectories, eq(trajectories.id, facilitatorStatements.trajectoryId))
      .innerJoin(groups, eq(groups.id, trajectories.groupId))
      .where(eq(facilitatorStatements.facilitatorId, userId)),
    db
      .select()
      .from(dossierDocuments)
      .where(eq(dossierDocuments.userId, userId))
      .orderBy(asc(dossierDocuments.createdAt)),
  ]);
  return {
    signOffs: signed,
    registerTargets: targets.map(({ userId: _u, ...t }) => t),
    facilitatorStatements: statements.map(
      ({ trajectory, group, statement: { trajectoryId: _t, facilitatorId: _f, ...s } }) => ({
        trajectory,
        group,
        ...s,
      }),
    ),
    dossierDocuments: documents.map(({ userId: _u, digest: _d, ...d }) => d),
  };
}
